package io.blackbox.lists;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts for operator staff: failed list refreshes and rejected imports. Raised in their own transaction,
 * so an alert survives the rollback of the work that failed.
 */
@Service
public class OperatorAlerts {

    private final JdbcClient jdbc;

    OperatorAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void raise(String kind, String subject, String message) {
        jdbc.sql("INSERT INTO operator_alert (kind, subject, message) VALUES (?, ?, ?)")
                .params(kind, subject, message.length() > 4000 ? message.substring(0, 4000) + "…" : message)
                .update();
    }

    /** Open alerts, newest first; operator staff only (others see none). */
    @Transactional(readOnly = true)
    public List<Alert> open() {
        return jdbc.sql("SELECT id, at, kind, subject, message FROM operator_alert WHERE resolved_at IS NULL "
                        + "ORDER BY id DESC LIMIT 200")
                .query((rs, n) -> new Alert(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    @Transactional
    public void resolve(long id) {
        jdbc.sql("UPDATE operator_alert SET resolved_at = now() WHERE id = ?").param(id).update();
    }

    public record Alert(long id, Instant at, String kind, String subject, String message) {
    }
}
