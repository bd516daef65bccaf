package io.blackbox.reports;

import java.util.List;
import java.util.UUID;

import io.blackbox.platform.AccessRefusedException;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.ConflictException;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.reports.internal.ReportKeys;
import io.blackbox.reports.internal.ReportRows;
import io.blackbox.reports.internal.ReportScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's review of new reports (accept, ask the reporter, reject with a reason), the reporter's
 * answers, and retraction by the reporter. The thread is between the operator and the reporter only.
 */
@Service
public class ReportReview {

    static final int MAX_MESSAGE = 5_000;

    private final JdbcClient jdbc;
    private final ReportScope scope;
    private final ReportRows rows;
    private final ReportKeys keys;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ReportReview(JdbcClient jdbc, ReportScope scope, ReportRows rows, ReportKeys keys, AuditTrail audit,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.scope = scope;
        this.rows = rows;
        this.keys = keys;
        this.audit = audit;
    }

    /** Reports waiting for review, oldest first; operator analysts and administrators only. */
    @Transactional
    public ReportPage queue(int page, int size) {
        Caller caller = requireReviewer(false);
        int limit = Math.max(1, Math.min(size, Reports.MAX_PAGE));
        int p = Math.max(0, page);
        long total = jdbc.sql("SELECT count(*) FROM report WHERE status = 'pending'").query(Long.class).single();
        List<ReportView> items = rows.fullList("SELECT " + columns() + " FROM report WHERE status = 'pending' "
                + "ORDER BY created_at, id LIMIT ? OFFSET ?", limit, p * limit);
        audit.record("report.queue", "report", null, null, caller.label() + " read " + items.size() + " queued reports");
        return new ReportPage(items, p, limit, total);
    }

    @Transactional
    public ReportView accept(UUID id, String note) {
        requireReviewer(true);
        move(id, ReportStatus.ACCEPTED, blankToNull(note, "note"));
        audit.record("report.accept", "report", id.toString(), null, "");
        events.publishEvent(new ReportReviewed(id, ReportStatus.ACCEPTED.key()));
        return rows.full(id, true).orElseThrow(Reports::notFound);
    }

    @Transactional
    public ReportView reject(UUID id, String reason) {
        requireReviewer(true);
        String why = blankToNull(reason, "reason");
        if (why == null) {
            throw new InvalidInputException("reason", "a rejection needs a reason for the reporter");
        }
        move(id, ReportStatus.REJECTED, why);
        audit.record("report.reject", "report", id.toString(), null, "");
        events.publishEvent(new ReportReviewed(id, ReportStatus.REJECTED.key()));
        return rows.full(id, true).orElseThrow(Reports::notFound);
    }

    /** A question from the operator to the reporter, or the reporter's answer: the thread of the report. */
    @Transactional
    public ReportView message(UUID id, String body) {
        Caller caller = Callers.require();
        String text = blankToNull(body, "message");
        if (text == null) {
            throw new InvalidInputException("message", "the message is empty");
        }
        boolean operator = Reports.isOperatorStaff(caller);
        if (!operator && caller.orgKind() != OrganisationKind.MEMBER) {
            throw Reports.notFound();
        }
        if (!caller.canWrite()) {
            throw new AccessRefusedException("writing needs the write scope");
        }
        scope.enter(caller);
        // the row policy answers for the reporter: another member's report is not found
        rows.full(id, false).orElseThrow(Reports::notFound);
        jdbc.sql("INSERT INTO report_message (report_id, from_operator, body) VALUES (?, ?, ?)")
                .params(id, operator, text).update();
        audit.record(operator ? "report.ask" : "report.answer", "report",
                operator ? id.toString() : keys.auditHandle(id), null, "");
        return rows.full(id, true).orElseThrow(Reports::notFound);
    }

    /**
     * The reporter withdraws its report: from then on no other member sees it. The operator keeps it,
     * marked retracted, for the audit.
     */
    @Transactional
    public ReportView retract(UUID id, String reason) {
        Caller caller = Callers.require();
        if (caller.orgKind() != OrganisationKind.MEMBER) {
            throw Reports.notFound();
        }
        if (!caller.canWrite()) {
            throw new AccessRefusedException("retracting needs the write scope");
        }
        scope.enter(caller);
        ReportView own = rows.full(id, false).orElseThrow(Reports::notFound);
        if (own.status().equals(ReportStatus.RETRACTED.key())) {
            return rows.full(id, true).orElseThrow(Reports::notFound);
        }
        jdbc.sql("UPDATE report SET status = 'retracted', retracted_at = now(), review_note = coalesce(?, review_note) WHERE id = ?")
                .params(blankToNull(reason, "reason"), id).update();
        audit.record("report.retract", "report", keys.auditHandle(id), null, "");
        events.publishEvent(new ReportRetracted(id));
        return rows.full(id, true).orElseThrow(Reports::notFound);
    }

    private void move(UUID id, ReportStatus to, String note) {
        String status = jdbc.sql("SELECT status FROM report WHERE id = ? FOR UPDATE").param(id).query(String.class)
                .optional().orElseThrow(Reports::notFound);
        if (status.equals(ReportStatus.RETRACTED.key())) {
            throw new ConflictException("the reporter retracted this report");
        }
        jdbc.sql("UPDATE report SET status = ?, review_note = ?, reviewed_at = now() WHERE id = ?")
                .params(to.key(), note, id).update();
    }

    private static Caller requireReviewer(boolean write) {
        Caller caller = Callers.require();
        if (!Reports.isOperatorStaff(caller)) {
            throw new AccessRefusedException("only operator analysts and administrators review reports");
        }
        if (write && !caller.canWrite()) {
            throw new AccessRefusedException("reviewing needs the write scope");
        }
        return caller;
    }

    private static String blankToNull(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.length() > MAX_MESSAGE) {
            throw new InvalidInputException(field, "longer than " + MAX_MESSAGE + " characters");
        }
        return s.strip();
    }

    private static String columns() {
        return "id, sharing, status, attachments_shared, received_on, created_at, content, list_hits, reporter_sealed, review_note";
    }
}
