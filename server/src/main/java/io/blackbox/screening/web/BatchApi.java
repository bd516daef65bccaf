package io.blackbox.screening.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.NotFoundException;
import io.blackbox.screening.BatchJob;
import io.blackbox.screening.BatchScreenings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Batch screening of whole files. */
@RestController
@RequestMapping("/api/v1/screenings/batch")
@Tag(name = "Screening")
class BatchApi {

    private final BatchScreenings batches;

    BatchApi(BatchScreenings batches) {
        this.batches = batches;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Upload a CSV, XLSX or JSON-lines file (columns id,name and optionally type,country,dob,"
            + "address,email,phone,website,aliases); screening runs in the background")
    BatchJob submit(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String format)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "no file uploaded, or it is empty");
        }
        return batches.submit(file.getOriginalFilename(), file.getInputStream(), format);
    }

    @GetMapping
    List<BatchJob> jobs() {
        return batches.jobs();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job and its progress")
    BatchJob job(@PathVariable UUID id) {
        return batches.job(id).orElseThrow(() -> new NotFoundException("not found"));
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "The results as csv, xlsx or json (JSON lines): one line per hit, rank 0 for rows without "
            + "hits, and an error for rows that could not be screened")
    void results(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format, HttpServletResponse response)
            throws IOException {
        String type = switch (format) {
            case "csv" -> "text/csv;charset=UTF-8";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "json", "jsonl" -> "application/x-ndjson";
            default -> throw new InvalidInputException("format", "format must be csv, xlsx or json");
        };
        batches.job(id).orElseThrow(() -> new NotFoundException("not found"));
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"screening-" + id + "."
                + (format.equals("jsonl") ? "json" : format) + "\"");
        batches.export(id, format, response.getOutputStream());
    }
}
