package io.blackbox.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A report as one caller may see it. Its reporter and the operator get it in full ({@code blinded}
 * false): reporter organisation, reference, exact timestamps, the original submission and the review
 * thread. Other members get it blinded: the reporter only as a pseudonym of their own, no reference,
 * no thread, days instead of timestamps, and attachments only when the reporter allowed it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(
        UUID id,
        boolean blinded,
        Reporter reporter,
        String reference,
        String sharing,
        String status,
        @JsonUnwrapped ReportContent content,
        List<ListHit> listHits,
        Instant createdAt,
        LocalDate sharedOn,
        String reviewNote,
        Boolean shareAttachments,
        List<Attachment> attachments,
        List<Message> messages,
        String original) {

    /**
     * Who reported: in full, the organisation and the submitting user or key; blinded, only a pseudonym
     * that is stable for one viewer and different for every other viewer.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reporter(UUID organisationId, String organisation, String submittedBy, String pseudonym) {
    }

    /** A restricted-list hit found when the report arrived. */
    public record ListHit(String party, String entityId, String caption, String schema, double score, String band) {
    }

    /** An attachment's metadata; the name is shown only to the reporter and the operator. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attachment(UUID id, String name, String mediaType, long size) {
    }

    /** One message of the review thread. */
    public record Message(String from, String body, Instant at) {
    }
}
