package io.blackbox.reports.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.blackbox.platform.NotFoundException;
import io.blackbox.reports.ReportPage;
import io.blackbox.reports.ReportReview;
import io.blackbox.reports.ReportSubmission;
import io.blackbox.reports.ReportView;
import io.blackbox.reports.Reports;
import io.blackbox.reports.Sharing;
import io.blackbox.reports.internal.ReferenceData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Suspect-inquiry reports over REST: intake, reading (full or blinded), export, review and retraction. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Suspect-inquiry reports: intake, blinded sharing, operator review")
class ReportsApi {

    static final String EXAMPLE = """
            {"receivedAt": "2026-01-05", "channel": "email",
             "inquirer": {"name": "Rahim Trading FZE", "country": "AE", "addresses": ["Jebel Ali Free Zone, Dubai"],
                          "emails": ["Sales@Rahim-Trading.ae"], "phones": ["+971 4 555 0101"], "websites": ["www.rahim-trading.ae"]},
             "endUse": "research institute, unspecified",
             "items": [{"description": "5-axis machining centre", "eccn": "2B001", "hsCode": "8458", "quantity": 2}],
             "redFlags": ["BIS-02", "BIS-10"], "action": "declined",
             "narrative": "Asked for delivery to a freight forwarder; would not name the end user.",
             "sharing": "members", "reference": "KYC-2026-0117"}""";

    private final Reports reports;
    private final ReportReview review;
    private final ReferenceData reference;
    private final io.blackbox.reports.ReportAttachments attachments;

    ReportsApi(Reports reports, ReportReview review, ReferenceData reference,
               io.blackbox.reports.ReportAttachments attachments) {
        this.reports = reports;
        this.review = review;
        this.reference = reference;
        this.attachments = attachments;
    }

    @PostMapping(value = "/{id}/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a PDF, image or e-mail (.eml) to an own report (reporter, write scope)",
            description = "Stored envelope-encrypted. The content decides the type: an executable named .pdf is refused. "
                    + "Default limit 10 MB (app.reports.max-attachment).")
    ReportView.Attachment attach(@PathVariable String id,
                                 @org.springframework.web.bind.annotation.RequestParam("file")
                                 org.springframework.web.multipart.MultipartFile file) throws IOException {
        UUID report = parse(id);
        return attachments.add(report, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download an attachment: reporter and operator; other members only when the reporter shared attachments")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId) {
        io.blackbox.reports.ReportAttachments.Content c = attachments.open(parse(id), parse(attachmentId));
        return ResponseEntity.ok()
                .header("Content-Type", c.mediaType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(c.name(), StandardCharsets.UTF_8).build().toString())
                .body(c.data());
    }

    @PostMapping
    @Operation(summary = "Submit a report (member API key with write scope)",
            description = "Normalised and screened against the lists on arrival. With an Idempotency-Key header, a retry "
                    + "returns the first report's id instead of creating another; the same key with a different body is 409.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "report", value = EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(
                            value = "{\"id\": \"0b9f2f6e-8c1e-4f5e-9a57-2d7f3c1b9e10\"}"))),
                    @ApiResponse(responseCode = "400", description = "a field is wrong; `field` names it, e.g. `items[0].eccn`"),
                    @ApiResponse(responseCode = "409", description = "Idempotency-Key reused for another body, or an identical report exists")})
    ResponseEntity<Map<String, Object>> submit(@RequestBody ReportSubmission submission,
                                               @Parameter(description = "any unique string per report, e.g. a UUID")
                                               @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Reports.Submitted s = reports.submit(submission, idempotencyKey);
        var response = ResponseEntity.status(HttpStatus.CREATED);
        if (s.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(Map.of("id", s.id().toString()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report: in full for its reporter and the operator, blinded for other members",
            description = "Blinded: `blinded: true`, `reporter.pseudonym` (different for every viewing member), no reporter "
                    + "organisation, no `reference`, `sharedOn` as a day. 404 when the caller may not see it, exactly as "
                    + "for an id that does not exist.")
    ReportView get(@PathVariable String id) {
        return reports.find(parse(id));
    }

    @GetMapping
    @Operation(summary = "A page of reports the caller may see: `own` (in full) or `shared` (other members', blinded; "
            + "operator staff: all)", description = "`q` searches the inquiring parties' names; `total` counts only "
            + "what the caller may see.")
    ReportPage list(@RequestParam(defaultValue = "own") String scope, @RequestParam(required = false) String q,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return reports.page(Reports.Scope.parse(scope), q, page, size);
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "The same reports as the list, as CSV (cells that a spreadsheet would run as formulas are neutralised)")
    void export(@RequestParam(defaultValue = "own") String scope, @RequestParam(required = false) String q,
                HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"reports-" + scope.replaceAll("\\W", "") + ".csv\"");
        Reports.Scope which = Reports.Scope.parse(scope);
        ReportPage first = reports.page(which, q, 0, 200);
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        ReportCsv.header(out);
        ReportPage current = first;
        for (int p = 0; ; ) {
            for (ReportView v : current.items()) {
                ReportCsv.row(out, v);
            }
            if ((long) (p + 1) * current.size() >= current.total() || current.items().isEmpty() || p >= 500) {
                break;
            }
            current = reports.page(which, q, ++p, 200);
        }
        out.flush();
    }

    @GetMapping("/queue")
    @Operation(summary = "New reports waiting for review, oldest first (operator analysts and administrators)")
    ReportPage queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return review.queue(page, size);
    }

    /** The body of review actions. */
    record Note(String note, String reason, String message) {
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a report in review (operator)")
    ReportView accept(@PathVariable String id, @RequestBody(required = false) Note body) {
        return review.accept(parse(id), body == null ? null : body.note());
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a report with a reason (operator)", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(value = "{\"reason\": \"duplicate of an earlier report\"}"))))
    ReportView reject(@PathVariable String id, @RequestBody Note body) {
        return review.reject(parse(id), body.reason());
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Ask the reporter a question (operator) or answer it (reporter); other members never see the thread",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(value = "{\"message\": \"Did the inquirer name a consignee?\"}"))))
    ReportView message(@PathVariable String id, @RequestBody Note body) {
        return review.message(parse(id), body.message());
    }

    @PostMapping("/{id}/retract")
    @Operation(summary = "Retract an own report: other members no longer see it (reporter)")
    ReportView retract(@PathVariable String id, @RequestBody(required = false) Note body) {
        return review.retract(parse(id), body == null ? null : body.reason());
    }

    /** A member's defaults as the API spells them. */
    record Settings(String defaultSharing, Boolean shareAttachments) {
    }

    @GetMapping("/settings")
    @Operation(summary = "The calling member's defaults for new reports")
    Settings settings() {
        Reports.MemberSettings s = reports.settings();
        return new Settings(s.defaultSharing().key(), s.shareAttachments());
    }

    @PutMapping("/settings")
    @Operation(summary = "Set the member's default sharing level and attachment sharing (member administrator)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject(value = "{\"defaultSharing\": \"members+government\", \"shareAttachments\": false}"))))
    Settings updateSettings(@RequestBody Settings body) {
        Sharing sharing;
        try {
            sharing = Sharing.parse(body.defaultSharing());
        } catch (IllegalArgumentException e) {
            throw new io.blackbox.platform.InvalidInputException("defaultSharing", e.getMessage());
        }
        Reports.MemberSettings s = reports.updateSettings(new Reports.MemberSettings(sharing,
                Boolean.TRUE.equals(body.shareAttachments())));
        return new Settings(s.defaultSharing().key(), s.shareAttachments());
    }

    @GetMapping("/reference/red-flags")
    @Operation(summary = "The BIS red-flag taxonomy: code and text")
    Map<String, String> redFlags() {
        return reference.redFlagsInOrder();
    }

    @GetMapping("/reference/eccns")
    @Operation(summary = "ECCNs of the Commerce Control List starting with a prefix, with their headings (autocomplete)")
    Map<String, String> eccns(@RequestParam(defaultValue = "") String prefix, @RequestParam(defaultValue = "20") int limit) {
        return reference.eccnsStartingWith(prefix, Math.max(1, Math.min(limit, 100)));
    }

    /** A malformed id can name no report: it answers like any id the caller cannot see. */
    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("report not found");
        }
    }
}
