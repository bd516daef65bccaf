package io.blackbox.screening;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.blackbox.engine.matching.Band;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.platform.AccessRefusedException;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.NotFoundException;
import io.blackbox.platform.RandomIds;
import io.blackbox.platform.Role;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Portfolios and their alerts. Every member keeps a portfolio of counterparties; whenever the screening
 * index takes new list versions, every portfolio is re-screened and each new hit, or hit whose list entry
 * changed, becomes an alert in the UI and a webhook call signed with HMAC-SHA256.
 */
@Service
public class Monitoring {

    public static final String SIGNATURE_HEADER = "X-BlackBox-Signature";
    private static final Logger log = LoggerFactory.getLogger(Monitoring.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int HITS = 10;

    private final ListScreening index;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final WebhookAddresses webhookAddresses;
    private final WebhookClient webhooks;
    private final ReviewedHits reviewed;
    private final Screenings screenings;

    Monitoring(ListScreening index, JdbcClient jdbc, TransactionTemplate tx, AuditTrail audit, ScreeningProperties props,
               ReviewedHits reviewed, Screenings screenings) {
        this.index = index;
        this.screenings = screenings;
        this.reviewed = reviewed;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.webhookAddresses = new WebhookAddresses(props.webhookAllowPrivateAddresses(), InetAddress::getAllByName);
        this.webhooks = new WebhookClient(webhookAddresses, Duration.ofSeconds(props.webhookTimeout()));
    }

    /** Adds a counterparty (or replaces the one with the same external id) and screens it as the baseline. */
    @Transactional
    public PortfolioEntry add(String externalId, Party party) {
        Caller caller = Screenings.requireScreener();
        if (externalId == null || externalId.isBlank() || externalId.length() > 200) {
            throw new InvalidInputException("externalId", "externalId must have 1 to 200 characters");
        }
        Map<String, Seen> baseline = screen(party);
        baseline.putAll(pooled(party));
        UUID id = RandomIds.next();
        jdbc.sql("""
                INSERT INTO portfolio_entry (id, org_id, external_id, query, caption, counterparty_key, last_screened_at, last_hits)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, now(), ?::jsonb)
                ON CONFLICT (org_id, external_id) DO UPDATE SET query = EXCLUDED.query, caption = EXCLUDED.caption,
                    counterparty_key = EXCLUDED.counterparty_key, last_screened_at = now(), last_hits = EXCLUDED.last_hits""")
                .params(id, caller.orgId(), externalId.strip(), JSON.writeValueAsString(party), party.caption(),
                        party.counterpartyKey(), JSON.writeValueAsString(baseline))
                .update();
        audit.record("portfolio.add", "portfolio_entry", externalId.strip(), caller.orgId(), "hits=" + baseline.size());
        return entry(externalId.strip()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<PortfolioEntry> entry(String externalId) {
        Screenings.requireScreener();
        return jdbc.sql("SELECT * FROM portfolio_entry WHERE external_id = ?").param(externalId)
                .query(Monitoring::entry).optional();
    }

    @Transactional(readOnly = true)
    public List<PortfolioEntry> portfolio(int limit, int offset) {
        Screenings.requireScreener();
        return jdbc.sql("SELECT * FROM portfolio_entry ORDER BY caption LIMIT ? OFFSET ?")
                .params(Math.max(1, Math.min(limit, 1000)), Math.max(0, offset)).query(Monitoring::entry).list();
    }

    @Transactional
    public void remove(String externalId) {
        Caller caller = Screenings.requireScreener();
        if (jdbc.sql("DELETE FROM portfolio_entry WHERE external_id = ?").param(externalId).update() == 0) {
            throw new NotFoundException("no such portfolio entry");
        }
        audit.record("portfolio.remove", "portfolio_entry", externalId, caller.orgId(), "");
    }

    @Transactional(readOnly = true)
    public List<Alert> alerts(boolean unseenOnly, int limit) {
        Screenings.requireScreener();
        return jdbc.sql("""
                        SELECT a.*, p.external_id, p.caption AS party FROM screening_alert a
                        JOIN portfolio_entry p ON p.id = a.entry_id
                        WHERE (? = false OR a.seen_at IS NULL) ORDER BY a.id DESC LIMIT ?""")
                .params(unseenOnly, Math.max(1, Math.min(limit, 500)))
                .query(Monitoring::alert).list();
    }

    @Transactional
    public void markSeen(long alertId) {
        Screenings.requireScreener();
        if (jdbc.sql("UPDATE screening_alert SET seen_at = now() WHERE id = ? AND seen_at IS NULL").param(alertId).update() == 0
                && jdbc.sql("SELECT count(*) FROM screening_alert WHERE id = ?").param(alertId).query(Integer.class).single() == 0) {
            throw new NotFoundException("no such alert");
        }
    }

    /**
     * Sets the webhook and returns its new signing secret, shown once. An http or https URL whose host
     * resolves to no refused address ({@link WebhookAddresses}); deliveries check the address again.
     */
    @Transactional
    public String setWebhook(String url) {
        Caller caller = requireWebhookManager();
        URI uri = webhookAddresses.requireAllowed(url);
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("""
                INSERT INTO webhook (org_id, url, secret) VALUES (?, ?, ?)
                ON CONFLICT (org_id) DO UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret, created_at = now()""")
                .params(caller.orgId(), uri.toString(), secret).update();
        audit.record("webhook.set", "webhook", caller.orgId().toString(), caller.orgId(), "host=" + uri.getHost());
        return secret;
    }

    @Transactional
    public void removeWebhook() {
        Caller caller = requireWebhookManager();
        jdbc.sql("DELETE FROM webhook WHERE org_id = ?").param(caller.orgId()).update();
        audit.record("webhook.remove", "webhook", caller.orgId().toString(), caller.orgId(), "");
    }

    /**
     * The webhook decides where alerts about the organisation's counterparties go and holds the secret
     * that signs them, so, like API keys, it is an administrator's setting. A regulator organisation has
     * no administrator role; its regulators manage their own.
     */
    private static Caller requireWebhookManager() {
        Caller caller = Screenings.requireScreener();
        if (!(caller.role().isAdmin() || caller.is(Role.REGULATOR))) {
            throw new AccessRefusedException("only administrators set or remove the alert webhook");
        }
        return caller;
    }

    /** Re-screens every portfolio once the index holds new list versions. */
    @EventListener
    void on(ScreeningIndexRebuilt event) {
        rescreensUnderway.incrementAndGet();
        Thread.ofVirtual().name("portfolio-rescreen").start(() -> {
            try {
                rescreenAll("index generation " + event.generation());
            } finally {
                rescreensUnderway.decrementAndGet();
            }
        });
    }

    /**
     * Re-screens every portfolio once new reports were linked into the pool (after the pool's index took
     * them), so a monitored counterparty that other members now report raises an alert.
     */
    @EventListener
    void on(PoolChanged event) {
        // linking commits batch after batch while reports arrive: one re-screen covers all changes so far
        if (!poolRescreenPending.compareAndSet(false, true)) {
            return;
        }
        rescreensUnderway.incrementAndGet();
        Thread.ofVirtual().name("portfolio-rescreen-pool").start(() -> {
            try {
                try {
                    Thread.sleep(POOL_SETTLE.toMillis()); // changes arriving meanwhile are covered by this re-screen
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } finally {
                    poolRescreenPending.set(false);
                }
                // the pool's index rebuilds once the changes pause; on a busy server that can take longer than
                // any fixed delay, and a re-screen against the previous index would miss the new reports
                if (!screenings.awaitPoolCurrent(POOL_WAIT)) {
                    log.warn("The pool's index did not catch up within {}; re-screening portfolios against it anyway",
                            POOL_WAIT);
                }
                rescreenAll("pool changed");
            } finally {
                rescreensUnderway.decrementAndGet();
            }
        });
    }

    /**
     * Waits until no portfolio re-screen is waiting or running, at most {@code max}.
     *
     * @return whether none is
     */
    public boolean awaitRescreens(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (rescreensUnderway.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Re-screens started by a list or pool change and not yet finished, the pool's while they settle included. */
    private final java.util.concurrent.atomic.AtomicInteger rescreensUnderway = new java.util.concurrent.atomic.AtomicInteger();

    private final java.util.concurrent.atomic.AtomicBoolean poolRescreenPending = new java.util.concurrent.atomic.AtomicBoolean();
    private static final Duration POOL_SETTLE = Duration.ofSeconds(1);
    private static final Duration POOL_WAIT = Duration.ofMinutes(10);

    /** Re-screens every member's portfolio; returns the number of alerts raised. */
    public synchronized int rescreenAll(String why) {
        return Callers.runAsSystem("monitoring", () -> {
            List<Row> rows = tx.execute(s -> jdbc.sql("SELECT id, org_id, query::text, last_hits::text FROM portfolio_entry")
                    .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4))).list());
            // only members' portfolios are checked against the pool; regulators receive packages, not the pool
            java.util.Set<UUID> members = new java.util.HashSet<>(tx.execute(s -> jdbc.sql(
                    "SELECT id FROM organisation WHERE kind = 'member'").query(UUID.class).list()));
            int alerts = 0;
            Map<UUID, List<Map<String, Object>>> delivered = new HashMap<>();
            for (Row row : rows) {
                Party party = JSON.readValue(row.query, Party.class);
                Map<String, Seen> before = JSON.readValue(row.lastHits, new TypeReference<Map<String, Seen>>() { });
                Map<String, Seen> now = screen(party);
                if (members.contains(row.org)) {
                    now.putAll(pooledAs(row.org, party));
                }
                List<Object[]> raised = new ArrayList<>();
                for (var e : now.entrySet()) {
                    Seen old = before.get(e.getKey());
                    String kind = old == null ? "new-hit" : !old.hash().equals(e.getValue().hash()) ? "changed-hit" : null;
                    if (kind != null) {
                        boolean pool = e.getKey().startsWith(PooledScreening.DATASET + ":");
                        String reason = pool ? (kind.equals("new-hit")
                                ? "members of the directory now report an actor resembling this counterparty"
                                : "more reports link to the directory actor resembling this counterparty")
                                : kind.equals("new-hit") ? "a list now names a party resembling this counterparty"
                                : "the list entry of this hit changed";
                        raised.add(new Object[] {row.org, row.id, kind, e.getKey(), e.getValue().caption(),
                                e.getValue().score(), e.getValue().band(), reason});
                    }
                }
                tx.executeWithoutResult(s -> {
                    for (Object[] a : raised) {
                        jdbc.sql("""
                                INSERT INTO screening_alert (org_id, entry_id, kind, entity_id, caption, score, band, reason)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(a).update();
                    }
                    jdbc.sql("UPDATE portfolio_entry SET last_hits = ?::jsonb, last_screened_at = now() WHERE id = ?")
                            .params(JSON.writeValueAsString(now), row.id).update();
                });
                for (Object[] a : raised) {
                    delivered.computeIfAbsent(row.org, k -> new ArrayList<>()).add(Map.of("portfolioEntry", row.id.toString(),
                            "kind", a[2], "entityId", a[3], "caption", a[4], "score", a[5], "band", a[6]));
                }
                alerts += raised.size();
            }
            delivered.forEach(this::deliver);
            if (alerts > 0) {
                log.info("Portfolio re-screen ({}): {} entries, {} alerts", why, rows.size(), alerts);
            }
            return alerts;
        });
    }

    /**
     * Posts alerts to the organisation's webhook, signed: {@code X-BlackBox-Signature: sha256=<hex HMAC of the body>}.
     * The host is resolved and checked again now (it may resolve elsewhere than when it was set), and the
     * connection goes to the addresses checked.
     */
    private void deliver(UUID org, List<Map<String, Object>> alerts) {
        Optional<String[]> hook = tx.execute(s -> jdbc.sql("SELECT url, secret FROM webhook WHERE org_id = ?").param(org)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional());
        if (hook.isEmpty()) {
            return;
        }
        String body = JSON.writeValueAsString(Map.of("event", "screening.alerts", "sentAt", Instant.now().toString(),
                "alerts", alerts));
        try {
            int status = webhooks.post(URI.create(hook.get()[0]), body,
                    Map.of(SIGNATURE_HEADER, "sha256=" + sign(hook.get()[1], body)));
            if (status / 100 == 2) {
                tx.executeWithoutResult(s -> jdbc.sql(
                        "UPDATE screening_alert SET delivered_at = now() WHERE org_id = ? AND delivered_at IS NULL")
                        .param(org).update());
            } else {
                log.warn("Webhook of organisation {} answered {}", org, status);
            }
        } catch (WebhookAddresses.RefusedAddressException e) {
            log.warn("Webhook of organisation {} not called: {}", org, e.getMessage());
        } catch (java.io.IOException | IllegalArgumentException e) {
            log.warn("Webhook of organisation {} failed: {}", org, e.getMessage());
        }
    }

    @PreDestroy
    void stop() throws java.io.IOException {
        webhooks.close();
    }

    /** HMAC-SHA256 of the body with the webhook secret, hex. Receivers recompute it to verify the sender. */
    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private Map<String, Seen> screen(Party party) {
        List<MatchResult> results = index.screen(party.toQuery(), HITS);
        List<String> ids = results.stream().map(MatchResult::entityId).toList();
        Map<String, String> hashes = ids.isEmpty() ? Map.of() : reviewed.currentHashes(ids);
        Map<String, Seen> out = new java.util.LinkedHashMap<>();
        for (MatchResult r : results) {
            if (r.band() != Band.NO_MATCH) {
                Hit h = Hit.ofResult(r);
                out.put(r.entityId(), new Seen(h.caption(), h.score(), h.band(), hashes.getOrDefault(r.entityId(), "")));
            }
        }
        return out;
    }

    /** The pool's hits the current caller may see; the hash changes when more members or reports add to it. */
    private Map<String, Seen> pooled(Party party) {
        Map<String, Seen> out = new java.util.LinkedHashMap<>();
        for (PooledHit h : screenings.pooled(party, HITS, index.matcher().thresholds().review())) {
            out.put(h.entityId(), new Seen(h.caption(), h.score(), h.band(),
                    String.join("|", h.properties().getOrDefault("independentReporters", List.of()))
                            + "/" + String.join("|", h.properties().getOrDefault("reports", List.of()))));
        }
        return out;
    }

    /**
     * The pool's hits as a member of {@code org} sees them (never as the system, which sees the whole
     * pool): on a thread of its own, since the system identity of the re-screen is bound to this one.
     */
    private Map<String, Seen> pooledAs(UUID org, Party party) {
        Caller member = new Caller(null, org, io.blackbox.platform.OrganisationKind.MEMBER,
                io.blackbox.platform.Role.MEMBER_ANALYST, "portfolio-monitoring", java.util.Set.of(Caller.READ));
        java.util.concurrent.atomic.AtomicReference<Map<String, Seen>> out = new java.util.concurrent.atomic.AtomicReference<>(Map.of());
        Thread t = Thread.ofVirtual().name("portfolio-pool").start(() -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, List.of()));
            SecurityContextHolder.setContext(context);
            try {
                out.set(pooled(party));
            } catch (RuntimeException e) {
                log.warn("Pooled re-screen of a portfolio entry failed: {}", e.getMessage());
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out.get();
    }

    private static PortfolioEntry entry(ResultSet rs, int n) throws SQLException {
        var screened = rs.getTimestamp("last_screened_at");
        Map<String, Seen> hits = JSON.readValue(rs.getString("last_hits"), new TypeReference<Map<String, Seen>>() { });
        return new PortfolioEntry(rs.getObject("id", UUID.class), rs.getString("external_id"), rs.getString("caption"),
                JSON.readValue(rs.getString("query"), Party.class), rs.getTimestamp("created_at").toInstant(),
                screened == null ? null : screened.toInstant(), hits.size());
    }

    private static Alert alert(ResultSet rs, int n) throws SQLException {
        var seen = rs.getTimestamp("seen_at");
        return new Alert(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("kind"),
                rs.getString("external_id"), rs.getString("party"), rs.getString("entity_id"), rs.getString("caption"),
                rs.getDouble("score"), rs.getString("band"), rs.getString("reason"), seen == null ? null : seen.toInstant());
    }

    /** What a portfolio entry's last screening found for one entity. */
    record Seen(String caption, double score, String band, String hash) {
    }

    private record Row(UUID id, UUID org, String query, String lastHits) {
    }

    /** A new or changed hit on a monitored counterparty. */
    public record Alert(long id, Instant at, String kind, String externalId, String party, String entityId,
                        String caption, double score, String band, String reason, Instant seenAt) {
    }
}
