package io.blackbox.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only, hash-chained audit trail. Each entry's hash covers its own fields and the previous
 * entry's hash, so changing, removing or reordering any row breaks every hash after it;
 * {@link #verify()} finds the first such row.
 */
@Service
public class AuditTrail {

    /** The hash the first entry chains to. */
    public static final String GENESIS = "0".repeat(64);

    // One constant lock serialises appends so that the chain stays linear; it is held to the end of
    // the appending transaction, which is short.
    private static final long CHAIN_LOCK = 0x426c61636b426f78L;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    AuditTrail(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Appends an entry for the current caller, inside the caller's transaction: when the audited work
     * rolls back, so does its entry.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String targetType, String targetId, UUID targetOrgId, String detail) {
        recordAll(List.of(event(action, targetType, targetId, targetOrgId, detail)));
    }

    /**
     * An entry to append later, with the current caller and request address captured now: for work that
     * is written in batches by another thread.
     */
    public static Event event(String action, String targetType, String targetId, UUID targetOrgId, String detail) {
        return new Event(Callers.current().orElse(Caller.system("anonymous")), currentSource(), action, targetType,
                targetId, targetOrgId, detail == null ? "" : detail);
    }

    /** Appends several entries under one lock, in order; they join the current transaction. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
        String prev = jdbc.sql("SELECT hash FROM audit_head()").query(String.class).optional().orElse(GENESIS);
        List<Long> seqs = jdbc.sql("SELECT nextval('audit_log_seq') FROM generate_series(1, ?)").param(events.size())
                .query(Long.class).list();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = new java.util.ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event ev = events.get(i);
            AuditEntry entry = new AuditEntry(seqs.get(i), at, ev.actor().userId(), ev.actor().label(),
                    ev.actor().orgId(), ev.action(), ev.targetType(), ev.targetId(), ev.targetOrgId(), ev.source(),
                    ev.detail(), prev, null);
            entry = entry.withHash(hashOf(entry));
            prev = entry.hash();
            rows.add(new Object[] {entry.seq(), Timestamp.from(entry.at()), entry.actorUserId(), entry.actorLabel(),
                    entry.actorOrgId(), entry.action(), entry.targetType(), entry.targetId(), entry.targetOrgId(),
                    entry.source(), entry.detail(), entry.prevHash(), entry.hash()});
        }
        batches.batchUpdate("""
                INSERT INTO audit_log (seq, at, actor_user_id, actor_label, actor_org_id, action, target_type,
                                       target_id, target_org_id, source, detail, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** The newest entries the caller may read, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit, long beforeSeq) {
        Caller caller = Callers.require();
        if (!(caller.isSystem() || caller.is(Role.AUDITOR) || caller.is(Role.OPERATOR_ADMIN))) {
            throw new AccessRefusedException("only auditors and operator administrators read the audit trail");
        }
        int bounded = Math.max(1, Math.min(limit, 1000));
        return jdbc.sql("SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?")
                .params(beforeSeq, bounded)
                .query(AuditTrail::map)
                .list();
    }

    /**
     * Walks the whole chain in order and recomputes every hash. Needs a caller that reads every row
     * (the system, an auditor or an operator administrator); otherwise it would verify a filtered view.
     */
    @Transactional(readOnly = true)
    public Verification verify() {
        Caller caller = Callers.require();
        if (!(caller.isSystem() || caller.is(Role.AUDITOR) || caller.is(Role.OPERATOR_ADMIN))) {
            throw new AccessRefusedException("only auditors and operator administrators verify the audit trail");
        }
        Walk walk = new Walk();
        jdbc.sql("SELECT * FROM audit_log ORDER BY seq").query(rs -> {
            if (walk.broken == null) {
                walk.check(map(rs, 0));
            }
        });
        return new Verification(walk.broken == null, walk.checked, walk.broken, walk.reason);
    }

    /** SHA-256 over the entry's fields and the previous hash, in a fixed, documented order. */
    static String hashOf(AuditEntry e) {
        String canonical = String.join("\u001f",
                Long.toString(e.seq()), e.at().toString(), str(e.actorUserId()), e.actorLabel(), str(e.actorOrgId()),
                e.action(), str(e.targetType()), str(e.targetId()), str(e.targetOrgId()), e.source(), e.detail(),
                e.prevHash());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String currentSource() {
        RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
        if (attrs instanceof ServletRequestAttributes sra) {
            return sra.getRequest().getRemoteAddr();
        }
        return "local";
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(),
                rs.getObject("actor_user_id", UUID.class), rs.getString("actor_label"),
                rs.getObject("actor_org_id", UUID.class), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), rs.getObject("target_org_id", UUID.class), rs.getString("source"),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static final class Walk {
        private String expectedPrev = GENESIS;
        private long checked;
        private Long broken;
        private String reason;

        void check(AuditEntry e) {
            if (!Objects.equals(e.prevHash(), expectedPrev)) {
                broken = e.seq();
                reason = "entry " + e.seq() + " does not chain to the entry before it (a row was removed, "
                        + "inserted or its predecessor changed)";
            } else if (!Objects.equals(hashOf(e), e.hash())) {
                broken = e.seq();
                reason = "entry " + e.seq() + " was changed after it was written (its hash does not match its content)";
            } else {
                expectedPrev = e.hash();
                checked++;
            }
        }
    }

    /** One audit entry as stored. */
    public record AuditEntry(long seq, Instant at, UUID actorUserId, String actorLabel, UUID actorOrgId,
                             String action, String targetType, String targetId, UUID targetOrgId, String source,
                             String detail, String prevHash, String hash) {
        AuditEntry withHash(String h) {
            return new AuditEntry(seq, at, actorUserId, actorLabel, actorOrgId, action, targetType, targetId,
                    targetOrgId, source, detail, prevHash, h);
        }
    }

    /** An entry to append: who, from where, and what. */
    public record Event(Caller actor, String source, String action, String targetType, String targetId,
                        UUID targetOrgId, String detail) {
    }

    /**
     * The outcome of {@link #verify()}.
     *
     * @param intact      true when every entry checked
     * @param checked     entries verified before the first broken one (all of them when intact)
     * @param firstBroken the sequence number of the first broken entry, or null
     * @param reason      why that entry is broken, or null
     */
    public record Verification(boolean intact, long checked, Long firstBroken, String reason) {
    }
}
