package io.blackbox.reports.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.blackbox.platform.InvalidInputException;
import io.blackbox.reports.ReportUploads;
import io.blackbox.reports.internal.ColumnMapping;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk intake over REST: column mappings, uploads as jobs, and the rejected rows. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports: bulk intake", description = "CSV, XLSX and JSON Lines uploads with saved column mappings")
class ReportUploadsApi {

    private final ReportUploads uploads;

    ReportUploadsApi(ReportUploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/fields")
    @Operation(summary = "The report fields a column may map to, with what each holds")
    Map<String, String> fields() {
        return ColumnMapping.FIELDS;
    }

    @GetMapping("/mappings")
    @Operation(summary = "The member's saved column mappings")
    List<ReportUploads.Mapping> mappings() {
        return uploads.mappings();
    }

    /** A mapping's body. */
    record MappingBody(Map<String, String> columns) {
    }

    @PutMapping("/mappings/{name}")
    @Operation(summary = "Save a column mapping under a name (member, write scope)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    value = "{\"columns\": {\"Date\": \"receivedAt\", \"Customer\": \"inquirer.name\", \"Land\": \"inquirer.country\", "
                            + "\"Flags\": \"redFlags\", \"Internal no\": \"reference\", \"Notes\": \"ignore\"}}"))))
    ReportUploads.Mapping saveMapping(@PathVariable String name, @RequestBody MappingBody body) {
        return uploads.saveMapping(name, body.columns());
    }

    @PostMapping(value = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Upload a CSV, XLSX or JSON Lines file of reports (member, write scope); 202 with the job",
            description = "`format` is csv, xlsx or jsonl (default: from the file name). `mapping` names a saved mapping; "
                    + "without one, columns named like the fields are taken. Poll the job for progress.")
    ReportUploads.Job upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String format,
                             @RequestParam(required = false) String mapping) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "the file is empty");
        }
        return uploads.start(format, file.getOriginalFilename(), mapping, file.getInputStream());
    }

    @GetMapping("/uploads")
    @Operation(summary = "The member's recent upload jobs")
    List<ReportUploads.Job> jobs() {
        return uploads.jobs();
    }

    @GetMapping("/uploads/{id}")
    @Operation(summary = "An upload job: status, rows processed, accepted and rejected, and the first row errors")
    ReportUploads.Job job(@PathVariable String id) {
        return uploads.job(UploadDownloads.jobId(id));
    }

    @GetMapping(value = "/uploads/{id}/rejected", produces = "text/csv")
    @Operation(summary = "The rejected rows in the member's own columns plus an error column, to fix and upload again")
    void rejected(@PathVariable String id, HttpServletResponse response) throws IOException {
        UploadDownloads.rejectedRows(uploads, id, response);
    }
}
