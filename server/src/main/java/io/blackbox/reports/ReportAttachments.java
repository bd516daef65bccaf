package io.blackbox.reports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import io.blackbox.platform.AccessRefusedException;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.RandomIds;
import io.blackbox.reports.internal.ReportKeys;
import io.blackbox.reports.internal.ReportRows;
import io.blackbox.reports.internal.ReportScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of reports (PDF, PNG, JPEG, GIF, e-mail .eml), envelope-encrypted at rest with their file
 * names. The type is decided by the content, never by the name or the declared type, so that an
 * executable named like a PDF is refused. Other members open an attachment only when its reporter allowed it.
 */
@Service
public class ReportAttachments {

    private final JdbcClient jdbc;
    private final ReportScope scope;
    private final ReportRows rows;
    private final ReportKeys keys;
    private final AuditTrail audit;
    private final ReportsProperties properties;

    ReportAttachments(JdbcClient jdbc, ReportScope scope, ReportRows rows, ReportKeys keys, AuditTrail audit,
                      ReportsProperties properties) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.rows = rows;
        this.keys = keys;
        this.audit = audit;
        this.properties = properties;
    }

    /** An opened attachment. */
    public record Content(String name, String mediaType, byte[] data) {
    }

    /**
     * Adds an attachment to the caller's own report.
     *
     * @throws InvalidInputException when it is empty, too large, of a type not accepted, or its content
     *                               does not match its name
     */
    @Transactional
    public ReportView.Attachment add(UUID reportId, String filename, byte[] data) {
        Caller caller = Callers.require();
        if (caller.orgKind() != OrganisationKind.MEMBER) {
            throw Reports.notFound();
        }
        if (!caller.canWrite()) {
            throw new AccessRefusedException("adding an attachment needs the write scope");
        }
        scope.enter(caller);
        rows.full(reportId, false).orElseThrow(Reports::notFound);
        String name = filename == null || filename.isBlank() ? "attachment" : filename.strip();
        if (name.length() > 255) {
            throw new InvalidInputException("file", "the file name is longer than 255 characters");
        }
        if (data.length == 0) {
            throw new InvalidInputException("file", "the file is empty");
        }
        if (data.length > properties.maxAttachment().toBytes()) {
            throw new InvalidInputException("file", "the file has " + data.length + " bytes; at most "
                    + properties.maxAttachment().toBytes() + " are accepted");
        }
        long count = jdbc.sql("SELECT count(*) FROM report_attachment WHERE report_id = ?").param(reportId)
                .query(Long.class).single();
        if (count >= properties.maxAttachments()) {
            throw new InvalidInputException("file", "a report has at most " + properties.maxAttachments() + " attachments");
        }
        String type = mediaType(name, data);
        UUID id = RandomIds.next();
        jdbc.sql("""
                        INSERT INTO report_attachment (id, report_id, media_type, size, sealed_name, sealed_data)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, reportId, type, data.length,
                        keys.seal(name.getBytes(StandardCharsets.UTF_8), "attachment-name:" + id),
                        keys.seal(data, "attachment:" + id))
                .update();
        audit.record("report.attach", "report", keys.auditHandle(reportId), null, type + " " + data.length + " bytes");
        return new ReportView.Attachment(id, name, type, data.length);
    }

    /**
     * Opens an attachment for its reporter, the operator, or another member when the reporter shared
     * attachments; anybody else gets the not-found answer.
     */
    @Transactional
    public Content open(UUID reportId, UUID attachmentId) {
        Caller caller = Callers.require();
        boolean operator = Reports.isOperatorStaff(caller);
        if (!operator && caller.orgKind() != OrganisationKind.MEMBER) {
            throw Reports.notFound();
        }
        scope.enter(caller);
        var own = jdbc.sql("SELECT media_type, sealed_name, sealed_data FROM report_attachment WHERE id = ? AND report_id = ?")
                .params(attachmentId, reportId)
                .query((rs, n) -> new Content(new String(keys.open(rs.getBytes(2), "attachment-name:" + attachmentId),
                        StandardCharsets.UTF_8), rs.getString(1), keys.open(rs.getBytes(3), "attachment:" + attachmentId)))
                .optional();
        if (own.isPresent()) {
            if (operator) {
                audit.record("report.attachment-read", "report", reportId.toString(), null, attachmentId.toString());
            }
            return own.get();
        }
        if (operator) {
            throw Reports.notFound();
        }
        var shared = jdbc.sql("SELECT media_type, sealed_data FROM report_shared_attachment(?, ?, ?)")
                .params(reportId, attachmentId, properties.shareBeforeReview())
                .query((rs, n) -> new Content("attachment" + extension(rs.getString(1)), rs.getString(1),
                        keys.open(rs.getBytes(2), "attachment:" + attachmentId)))
                .optional().orElseThrow(Reports::notFound);
        audit.record("report.attachment-read-shared", "report", reportId.toString(), null, attachmentId.toString());
        return shared;
    }

    /** The media type the content proves, checked against the file name's extension. */
    static String mediaType(String name, byte[] d) {
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (startsWith(d, "MZ") || startsWith(d, "\u007fELF") || startsWith(d, "#!") || startsWith(d, "\u00ca\u00fe\u00ba\u00be")
                || startsWith(d, "PK\u0003\u0004")) {
            throw new InvalidInputException("file", "'" + name + "' is an executable or archive, not a document; "
                    + "accepted are PDF, PNG, JPEG, GIF and e-mail (.eml)");
        }
        String type;
        if (startsWith(d, "%PDF-")) {
            type = "application/pdf";
        } else if (startsWith(d, "\u0089PNG")) {
            type = "image/png";
        } else if (d.length > 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
            type = "image/jpeg";
        } else if (startsWith(d, "GIF87a") || startsWith(d, "GIF89a")) {
            type = "image/gif";
        } else if (looksLikeEmail(d)) {
            type = "message/rfc822";
        } else {
            throw new InvalidInputException("file", "'" + name + "' is not a PDF, PNG, JPEG, GIF or e-mail (.eml)");
        }
        String expected = switch (ext) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "eml" -> "message/rfc822";
            default -> throw new InvalidInputException("file", "'" + name + "' has no accepted extension (.pdf, .png, .jpg, .gif, .eml)");
        };
        if (!expected.equals(type)) {
            throw new InvalidInputException("file", "'" + name + "' is named like " + expected + " but its content is " + type);
        }
        return type;
    }

    private static boolean looksLikeEmail(byte[] d) {
        String head = new String(d, 0, Math.min(d.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.indexOf('\u0000') >= 0) {
            return false;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        int headers = 0;
        for (String h : new String[] {"from:", "to:", "subject:", "date:", "received:", "message-id:", "mime-version:"}) {
            if (lower.startsWith(h) || lower.contains("\n" + h)) {
                headers++;
            }
        }
        return headers >= 2;
    }

    private static boolean startsWith(byte[] d, String magic) {
        if (d.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((d[i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            default -> ".eml";
        };
    }
}
