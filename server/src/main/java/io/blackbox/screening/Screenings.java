package io.blackbox.screening;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.PreparedQuery;
import io.blackbox.platform.AccessRefusedException;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.NotFoundException;
import io.blackbox.platform.RandomIds;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screens a party for the calling member, applies the member's reviewed hits, and stores and audits
 * the screening. A screening belongs to the organisation that made it: no other organisation reads it,
 * not even the operator.
 */
@Service
public class Screenings {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    /** The meter timing the lists' and the pool's part of every screening. */
    public static final String SEARCH_METER = "blackbox.screening.search";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ListScreening index;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ScreeningLog screeningLog;
    private final ReviewedHits reviewed;
    private final ObjectProvider<PooledScreening> pool;
    /**
     * The pool once looked up: asking the provider on every screening searches the bean factory each time.
     * Looked up on first use, not at construction, because the module behind the pool depends on this one.
     */
    private volatile java.util.Optional<PooledScreening> poolBean;
    /** Time of the engine's part of each screening: the lists' index, and the pooled directory. */
    private final Timer listsTime;
    private final Timer poolTime;

    Screenings(ListScreening index, JdbcClient jdbc, AuditTrail audit, ScreeningLog screeningLog, ReviewedHits reviewed,
               ObjectProvider<PooledScreening> pool, ObjectProvider<MeterRegistry> meters) {
        this.index = index;
        this.pool = pool;
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.listsTime = searchTimer(registry, "lists");
        this.poolTime = searchTimer(registry, "pool");
        this.jdbc = jdbc;
        this.audit = audit;
        this.screeningLog = screeningLog;
        this.reviewed = reviewed;
    }

    /**
     * Screens and stores.
     *
     * @param sources   list keys to keep hits from, {@value PooledScreening#DATASET} for the pool; empty for all
     * @param limit     hits to return, 1 to {@value #MAX_LIMIT}
     * @param reference the member's own reference for the counterparty, or null
     */
    public ScreeningResult screen(Party party, Set<String> sources, int limit, String reference) {
        return screen(party, sources, limit, reference, index.matcher().thresholds().review());
    }

    /**
     * Screens and stores, keeping hits scoring at least {@code minScore} (the review threshold by default:
     * lower scores are not plausibly the same party).
     */
    public ScreeningResult screen(Party party, Set<String> sources, int limit, String reference, double minScore) {
        Caller caller = requireScreener();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (reference != null && reference.length() > 200) {
            throw new InvalidInputException("reference", "reference is longer than 200 characters");
        }
        PreparedQuery query = prepare(party);
        List<MatchResult> raw = search(query, sources, limit).stream().filter(r -> r.score() >= minScore).toList();
        String key = party.counterpartyKey(query);
        Map<String, ReviewedHits.Decision> decisions = reviewed.applicable(caller, key,
                raw.stream().map(MatchResult::entityId).toList());
        List<Hit> hits = new ArrayList<>();
        List<Hit> suppressed = new ArrayList<>();
        for (MatchResult r : raw) {
            ReviewedHits.Decision d = decisions.get(r.entityId());
            if (d != null && d.decision().equals("cleared") && d.stillApplies()) {
                suppressed.add(Hit.of(r, "cleared"));
            } else {
                hits.add(Hit.of(r, d != null && d.stillApplies() ? d.decision() : null));
            }
        }
        List<PooledHit> pooled = sources == null || sources.isEmpty() || sources.contains(PooledScreening.DATASET)
                ? pooled(query, limit, minScore) : List.of();
        ScreeningResult result = new ScreeningResult(RandomIds.next(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                reference, party, hits, suppressed, pooled);
        Hit top = hits.isEmpty() ? null : hits.getFirst();
        screeningLog.submit(caller.orgId(), caller.label(), key, result, top);
        return result;
    }

    /** The pool's hits the caller may see (none when no module provides a pool or the party has no usable name). */
    public List<PooledHit> pooled(Party party, int limit, double minScore) {
        PreparedQuery query;
        try {
            query = index.matcher().prepare(party.toQuery());
        } catch (IllegalArgumentException e) {
            return List.of(); // nothing screenable: the lists answer the error
        }
        return pooled(query, limit, minScore);
    }

    /** The pool's hits the caller may see for a query prepared by {@link #prepare}. */
    public List<PooledHit> pooled(PreparedQuery query, int limit, double minScore) {
        PooledScreening p = pool();
        if (p == null) {
            return List.of();
        }
        var thresholds = index.matcher().thresholds();
        long start = System.nanoTime();
        List<PooledScreening.Match> found = p.match(query, limit, minScore);
        poolTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return found.stream()
                .map(m -> PooledHit.of(m, thresholds.band(m.score()).name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .toList();
    }

    /**
     * Waits until the pool answers with every change announced before this call, at most {@code max}.
     *
     * @return whether it does (true when no module provides a pool)
     */
    public boolean awaitPoolCurrent(java.time.Duration max) {
        PooledScreening p = pool();
        return p == null || p.awaitCurrent(max);
    }

    private PooledScreening pool() {
        java.util.Optional<PooledScreening> p = poolBean;
        if (p == null) {
            poolBean = p = java.util.Optional.ofNullable(pool.getIfAvailable());
        }
        return p.orElse(null);
    }

    /** Runs the engine only: no storage, no decisions. For reconciliation previews. */
    public List<MatchResult> search(Party party, Set<String> sources, int limit) {
        return search(prepare(party), sources, limit);
    }

    /**
     * {@value #SEARCH_METER}, tagged {@code part}: a histogram from 10 µs to 10 s, so that what each part
     * adds to a screening can be read from {@code /actuator/prometheus} as a distribution, not only a mean.
     */
    private static Timer searchTimer(MeterRegistry registry, String part) {
        return Timer.builder(SEARCH_METER)
                .description("Time the engine takes for one screening's part: the lists' index or the pooled directory")
                .tag("part", part)
                .publishPercentileHistogram()
                .minimumExpectedValue(java.time.Duration.ofNanos(10_000))
                .maximumExpectedValue(java.time.Duration.ofSeconds(10))
                .register(registry);
    }

    /**
     * The party's names normalised once, for the lists and the pool.
     *
     * @throws InvalidInputException when the party has no usable name or identifier
     */
    public PreparedQuery prepare(Party party) {
        try {
            return index.matcher().prepare(party.toQuery());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("name", e.getMessage());
        }
    }

    private List<MatchResult> search(PreparedQuery query, Set<String> sources, int limit) {
        int fetch = sources == null || sources.isEmpty() ? limit : Math.min(limit * 5, 250);
        long start = System.nanoTime();
        List<MatchResult> results = index.screen(query, fetch);
        listsTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        if (sources != null && !sources.isEmpty()) {
            results = results.stream().filter(r -> sources.contains(Hit.sourceOf(r.entityId()))).limit(limit).toList();
        }
        return results;
    }

    @Transactional(readOnly = true)
    public Optional<ScreeningResult> find(UUID id) {
        Caller caller = requireScreener();
        Optional<ScreeningResult> pending = screeningLog.pending(id, caller.orgId());
        if (pending.isPresent()) {
            return pending;
        }
        return jdbc.sql("SELECT result::text FROM screening WHERE id = ?").param(id)
                .query((rs, n) -> JSON.readValue(rs.getString(1), ScreeningResult.class)).optional();
    }

    /** The member's screenings, newest first. */
    @Transactional(readOnly = true)
    public List<Summary> recent(int limit, int offset) {
        requireScreener();
        return jdbc.sql("""
                        SELECT id, at, reference, query->'names'->>0 AS caption, hit_count, top_score, top_band
                        FROM screening ORDER BY at DESC LIMIT ? OFFSET ?""")
                .params(Math.max(1, Math.min(limit, 200)), Math.max(0, offset))
                .query((rs, n) -> new Summary(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getInt(5), (Double) rs.getObject(6), rs.getString(7)))
                .list();
    }

    /**
     * Records a review of one hit of a screening: {@code cleared} (a false positive: left out of later
     * screenings of the same counterparty until the list entity changes) or {@code confirmed}.
     */
    @Transactional
    public void decide(UUID screeningId, String entityId, String decision, String note) {
        Caller caller = requireScreener();
        String d = decision == null ? "" : decision.strip().toLowerCase(Locale.ROOT);
        if (!d.equals("cleared") && !d.equals("confirmed")) {
            throw new InvalidInputException("decision", "decision must be cleared or confirmed");
        }
        if (note != null && note.length() > 4000) {
            throw new InvalidInputException("note", "note is longer than 4000 characters");
        }
        ScreeningResult s = find(screeningId).orElseThrow(() -> new NotFoundException("no such screening"));
        boolean isHit = java.util.stream.Stream.concat(s.hits().stream(), s.suppressed().stream())
                .anyMatch(h -> h.entityId().equals(entityId));
        if (!isHit) {
            throw new InvalidInputException("entityId", "that entity is not a hit of this screening");
        }
        screeningLog.awaitWritten(screeningId);
        String key = s.party().counterpartyKey();
        String hash = reviewed.currentHashes(List.of(entityId)).getOrDefault(entityId, "removed");
        jdbc.sql("""
                INSERT INTO hit_decision (org_id, counterparty_key, entity_id, entity_hash, decision, note, screening_id,
                                          actor_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caller.orgId(), key, entityId, hash, d, note == null ? "" : note, screeningId, caller.label())
                .update();
        audit.record("screening.hit." + d, "screening", screeningId.toString(), caller.orgId(), "entity=" + entityId);
        reviewed.invalidate(caller.orgId());
    }

    /** Analysts, administrators and regulators screen; auditors only read the audit trail. */
    static Caller requireScreener() {
        Caller caller = Callers.require();
        if (caller.isSystem() || caller.is(io.blackbox.platform.Role.AUDITOR)) {
            throw new AccessRefusedException("auditors do not screen");
        }
        return caller;
    }

    /** A line of the member's screening history. */
    public record Summary(UUID id, Instant at, String reference, String caption, int hits, Double topScore,
                          String topBand) {
    }
}
