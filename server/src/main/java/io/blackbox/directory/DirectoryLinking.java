package io.blackbox.directory;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.blackbox.directory.internal.ReportFacts;
import io.blackbox.engine.linking.ActorId;
import io.blackbox.engine.linking.AliasMap;
import io.blackbox.engine.linking.Explanation;
import io.blackbox.engine.linking.IncrementalLinker;
import io.blackbox.engine.linking.LinkOutcome;
import io.blackbox.engine.linking.LinkRecord;
import io.blackbox.engine.linking.LinkResult;
import io.blackbox.engine.linking.LinkState;
import io.blackbox.engine.linking.Linker;
import io.blackbox.engine.linking.ManualDecision;
import io.blackbox.engine.names.NameNormalizer;
import io.blackbox.platform.Callers;
import io.blackbox.reports.ReportFeed;
import io.blackbox.reports.ReportRetracted;
import io.blackbox.reports.ReportReviewed;
import io.blackbox.reports.ReportSubmitted;
import io.blackbox.screening.PoolChanged;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Linking in the product: every report that arrives is linked into an actor by the engine's
 * {@link IncrementalLinker} and stored with its actor; a withdrawn or rejected report leaves the
 * directory; operators' merges and splits are applied by a full run of the engine, which also runs at
 * start to rebuild the in-memory linker from the database. All of it happens on one worker thread, in
 * the order events arrive, as the system; report intake never waits for linking.
 */
@Service
public class DirectoryLinking {

    private static final Logger log = LoggerFactory.getLogger(DirectoryLinking.class);
    private static final int BATCH = 1000;

    private final ReportFeed feed;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate tx;
    private final DirectoryProperties properties;
    private final ApplicationEventPublisher events;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("directory-linking").factory());
    private final ConcurrentLinkedQueue<UUID> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Relinks from scratch queued or running. */
    private final AtomicInteger relinks = new AtomicInteger();
    /** Counts the committed writes to the directory tables and what each touched, so that what was read from them can tell it is stale. */
    private final DirectoryChanges changes = new DirectoryChanges();

    // touched by the worker thread only
    private IncrementalLinker linker;
    private final Set<String> linked = new HashSet<>();
    private long nextSequence = 1;

    DirectoryLinking(ReportFeed feed, JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate tx,
                     DirectoryProperties properties, ApplicationEventPublisher events) {
        this.events = events;
        this.feed = feed;
        this.jdbc = jdbc;
        this.batches = batches;
        this.tx = tx;
        this.properties = properties;
    }

    /**
     * Rebuilds the linker from the database when the server starts. Command-line runs (no web server)
     * skip it; should a report arrive there, the first batch rebuilds instead.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext) {
            relinks.incrementAndGet();
            worker.execute(() -> relink("start"));
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportSubmitted event) {
        enqueue(event.reportId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportRetracted event) {
        enqueue(event.reportId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportReviewed event) {
        enqueue(event.reportId());
    }

    private void enqueue(UUID report) {
        pending.add(report);
        if (scheduled.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /**
     * Relinks everything from scratch with the operators' decisions, keeping actor ids stable, and waits
     * for it (after everything queued before it).
     */
    public void rebuild(String why) {
        relinks.incrementAndGet();
        Future<?> done;
        try {
            done = worker.submit(() -> relink(why));
        } catch (RuntimeException e) {
            relinks.decrementAndGet();
            throw e;
        }
        await(done);
    }

    /** A relink queued by {@link #relinks}'s caller. */
    private void relink(String why) {
        try {
            guarded(why, () -> rebuildNow(why));
        } finally {
            relinks.decrementAndGet();
        }
    }

    /**
     * Whether a relink from scratch is queued or running: whatever is read from the directory meanwhile is
     * dropped when it ends (it counts as a change that touched anything).
     */
    boolean relinking() {
        return relinks.get() > 0;
    }

    /**
     * How many times the directory's tables were written so far; it grows after each write has committed.
     * Anything built from a read of them that started at an older count may be stale.
     */
    long changes() {
        return changes.count();
    }

    /** The count of {@link #changes()} with what the recent writes touched. */
    DirectoryChanges changeLog() {
        return changes;
    }

    /** Waits until every report queued so far is linked and stored. */
    public void awaitIdle() {
        await(worker.submit(() -> { }));
    }

    private static void await(Future<?> f) {
        try {
            f.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for linking", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("linking did not finish: " + e.getMessage(), e);
        }
    }

    private void guarded(String what, Runnable work) {
        try {
            Callers.runAsSystem("directory-linking", work);
        } catch (RuntimeException e) {
            log.error("Directory linking ({}) failed; the next run starts from the database", what, e);
            linker = null;
        }
    }

    private void drain() {
        scheduled.set(false);
        List<UUID> ids = new ArrayList<>();
        for (UUID id; (id = pending.poll()) != null; ) {
            ids.add(id);
        }
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            guarded("reports", () -> process(chunk));
        }
    }

    /** Links new reports, updates changed ones, and relinks from scratch when one has left the pool. */
    private void process(List<UUID> ids) {
        if (linker == null) {
            rebuildNow("recovery");
            return;
        }
        List<ReportFeed.PooledReport> reports = feed.find(ids);
        boolean[] removed = {false};
        Set<ActorId> touched = new LinkedHashSet<>();
        // every actor whose reports this batch writes (before and after a move) and every value those reports quote
        Set<String> actors = new HashSet<>();
        Set<String> keys = new HashSet<>();
        boolean committed = false;
        try {
            tx.executeWithoutResult(s -> {
                for (ReportFeed.PooledReport r : reports) {
                    String id = r.id().toString();
                    boolean known = linked.contains(id);
                    if (!r.active()) {
                        if (known) {
                            jdbc.sql("DELETE FROM directory_report WHERE report_id = ?").param(r.id()).update();
                            removed[0] = true;
                        }
                        continue;
                    }
                    if (known) {
                        jdbc.sql("UPDATE directory_report SET sharing = ?, status = ?, members_see = ? WHERE report_id = ? "
                                        + "RETURNING actor_id, keys")
                                .params(r.sharing().key(), r.status().key(), r.sharedWithMembers(), r.id())
                                .query(rs -> {
                                    actors.add(rs.getString(1));
                                    keys.addAll(List.of((String[]) rs.getArray(2).getArray()));
                                });
                        continue;
                    }
                    ReportFacts facts = ReportFacts.of(r);
                    LinkOutcome outcome = linker.add(facts.toLinkRecord(id));
                    linked.add(id);
                    String before = insert(r, facts, outcome.actor().value());
                    if (before != null) {
                        actors.add(before);
                    }
                    actors.add(outcome.actor().value());
                    keys.addAll(facts.keys());
                    if (!outcome.links().isEmpty()) {
                        saveLinks(List.of(outcome.links().getFirst()));
                    }
                    if (outcome.newActor()) {
                        nextSequence = Math.max(nextSequence, outcome.actor().sequence() + 1);
                    }
                    for (ActorId gone : outcome.absorbed()) {
                        actors.add(gone.value());
                        jdbc.sql("UPDATE directory_report SET actor_id = ? WHERE actor_id = ? RETURNING keys")
                                .params(outcome.actor().value(), gone.value())
                                .query(rs -> {
                                    keys.addAll(List.of((String[]) rs.getArray(1).getArray()));
                                });
                        jdbc.sql("UPDATE directory_alias SET actor_id = ? WHERE actor_id = ?")
                                .params(outcome.actor().value(), gone.value()).update();
                        jdbc.sql("INSERT INTO directory_alias (alias, actor_id) VALUES (?, ?) "
                                        + "ON CONFLICT (alias) DO UPDATE SET actor_id = excluded.actor_id")
                                .params(gone.value(), outcome.actor().value()).update();
                    }
                    touched.add(outcome.actor());
                }
                saveSequence(nextSequence);
                checkBursts(touched);
            });
            committed = true;
        } finally {
            // counted after the commit; a batch that failed is counted as having touched anything
            if (committed) {
                changes.touched(actors, keys);
            } else {
                changes.touchedAnything();
            }
        }
        if (removed[0]) {
            rebuildNow("reports left the pool");
        } else if (!touched.isEmpty()) {
            events.publishEvent(new PoolChanged(touched.stream().map(ActorId::value)
                    .collect(java.util.stream.Collectors.toSet()), false));
        }
    }

    /** Stores a report with its actor; answers the actor it had before when it was stored already, else null. */
    private String insert(ReportFeed.PooledReport r, ReportFacts facts, String actor) {
        return jdbc.sql("""
                        WITH before AS (SELECT actor_id FROM directory_report WHERE report_id = ?)
                        INSERT INTO directory_report (report_id, actor_id, reporter_tag, reporter_key, sharing, status,
                                                      members_see, received_on, reported_at, search_text, keys, facts)
                        VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (report_id) DO UPDATE SET actor_id = excluded.actor_id, sharing = excluded.sharing,
                            status = excluded.status, members_see = excluded.members_see
                        RETURNING (SELECT actor_id FROM before)""")
                .params(r.id(), r.id(), actor, r.reporterTag(), r.sharing().key(), r.status().key(), r.sharedWithMembers(),
                        r.receivedOn(), java.sql.Timestamp.from(r.createdAt()), searchText(facts), facts.keys().toArray(String[]::new), facts.toJson())
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    /** The normalised Latin names, as screening and search compare them. */
    static String searchText(ReportFacts facts) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : facts.names()) {
            try {
                out.add(NameNormalizer.getDefault().normalize(name).latin());
            } catch (IllegalArgumentException e) {
                // a name without letters or digits cannot be searched for
            }
        }
        return String.join(" | ", out);
    }

    private void saveSequence(long next) {
        jdbc.sql("INSERT INTO directory_state (id, next_sequence) VALUES (1, ?) "
                + "ON CONFLICT (id) DO UPDATE SET next_sequence = greatest(directory_state.next_sequence, excluded.next_sequence)")
                .param(next).update();
    }

    /**
     * Raises an operator alert when one member has submitted many reports about one actor within the
     * window (by submission time, so relinking old reports raises nothing).
     */
    private void checkBursts(Set<ActorId> actors) {
        if (actors.isEmpty()) {
            return;
        }
        Timestamp since = Timestamp.from(java.time.Instant.now().minus(properties.burstWindow()));
        jdbc.sql("""
                        SELECT actor_id, reporter_key, count(*) FROM directory_report
                        WHERE actor_id = ANY(?) AND reported_at >= ? GROUP BY actor_id, reporter_key HAVING count(*) >= ?""")
                .params(actors.stream().map(ActorId::value).toArray(String[]::new), since, properties.burstReports())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .list()
                .forEach(b -> jdbc.sql("""
                                INSERT INTO directory_alert (actor_id, kind, reporter_key, detail) VALUES (?, 'burst', ?, ?)
                                ON CONFLICT ON CONSTRAINT directory_alert_once DO UPDATE SET detail = excluded.detail""")
                        .params(b[0], b[1], b[2] + " reports about this actor from one member within "
                                + properties.burstWindow().toHours() + " hours")
                        .update());
    }

    /** A full run of the engine over every active report, under the operators' decisions. */
    private void rebuildNow(String why) {
        long start = System.nanoTime();
        List<ReportFeed.PooledReport> active = new ArrayList<>();
        feed.forEach(r -> {
            if (r.active()) {
                active.add(r);
            }
        });
        Map<String, ReportFacts> facts = new HashMap<>(active.size() * 2);
        List<LinkRecord> records = new ArrayList<>(active.size());
        for (ReportFeed.PooledReport r : active) {
            ReportFacts f = ReportFacts.of(r);
            facts.put(r.id().toString(), f);
            records.add(f.toLinkRecord(r.id().toString()));
        }
        record Stored(String actor, String sharing, String status, boolean membersSee) {
        }
        Map<String, Stored> stored = new HashMap<>();
        Map<String, ActorId> previousActors = new HashMap<>();
        Map<ActorId, ActorId> aliases = new HashMap<>();
        List<ManualDecision> decisions = new ArrayList<>();
        long[] next = {1};
        tx.executeWithoutResult(s -> {
            jdbc.sql("SELECT report_id, actor_id, sharing, status, members_see FROM directory_report").query(rs -> {
                String id = rs.getString(1);
                stored.put(id, new Stored(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                previousActors.put(id, new ActorId(rs.getString(2)));
            });
            jdbc.sql("SELECT alias, actor_id FROM directory_alias")
                    .query(rs -> {
                        aliases.put(new ActorId(rs.getString(1)), new ActorId(rs.getString(2)));
                    });
            next[0] = jdbc.sql("SELECT next_sequence FROM directory_state WHERE id = 1").query(Long.class).optional()
                    .orElse(1L);
            decisions.addAll(jdbc.sql("""
                            SELECT kind, left_reports::text[], right_reports::text[], decided_by, decided_at, reason
                            FROM directory_decision ORDER BY decided_at""")
                    .query((rs, n) -> new ManualDecision(
                            "same-actor".equals(rs.getString(1)) ? ManualDecision.Kind.SAME_ACTOR
                                    : ManualDecision.Kind.DIFFERENT_ACTOR,
                            Set.of((String[]) rs.getArray(2).getArray()), Set.of((String[]) rs.getArray(3).getArray()),
                            rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                    .list());
        });
        LinkState previous = new LinkState(previousActors, safeAliases(aliases), Math.max(1, next[0]));
        LinkResult result = Linker.withDefaults().link(records, decisions, previous);
        LinkState state = result.state();
        try {
            tx.executeWithoutResult(s -> {
                Set<String> keep = state.actors().keySet();
                List<UUID> gone = stored.keySet().stream().filter(id -> !keep.contains(id)).map(UUID::fromString).toList();
                if (!gone.isEmpty()) {
                    jdbc.sql("DELETE FROM directory_report WHERE report_id = ANY(?)").param(gone.toArray(UUID[]::new)).update();
                }
                List<Object[]> moves = new ArrayList<>();
                for (ReportFeed.PooledReport r : active) {
                    String id = r.id().toString();
                    String actor = state.actors().get(id).value();
                    Stored old = stored.get(id);
                    if (old == null) {
                        insert(r, facts.get(id), actor);
                    } else if (!old.actor().equals(actor) || !old.sharing().equals(r.sharing().key())
                            || !old.status().equals(r.status().key()) || old.membersSee() != r.sharedWithMembers()) {
                        moves.add(new Object[] {actor, r.sharing().key(), r.status().key(), r.sharedWithMembers(), r.id()});
                    }
                }
                if (!moves.isEmpty()) {
                    batches.batchUpdate("UPDATE directory_report SET actor_id = ?, sharing = ?, status = ?, members_see = ? "
                            + "WHERE report_id = ?", moves);
                }
                jdbc.sql("DELETE FROM directory_alias").update();
                List<Object[]> redirects = new ArrayList<>();
                state.aliases().asMap().forEach((from, to) -> redirects.add(new Object[] {from.value(),
                        state.aliases().resolve(to).value()}));
                if (!redirects.isEmpty()) {
                    batches.batchUpdate("INSERT INTO directory_alias (alias, actor_id) VALUES (?, ?)", redirects);
                }
                saveSequence(state.nextSequence());
                jdbc.sql("DELETE FROM directory_link").update();
                saveLinks(explanations(result, active));
            });
        } finally {
            changes.touchedAnything();
        }
        linker = result.incremental();
        linked.clear();
        linked.addAll(state.actors().keySet());
        nextSequence = state.nextSequence();
        events.publishEvent(new PoolChanged(Set.of(), true));
        result.issues().stream().limit(20).forEach(i -> log.debug("linking: {}", i));
        log.info("Directory relinked ({}): {} reports into {} actors in {} ms", why, records.size(),
                new HashSet<>(state.actors().values()).size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Members of an actor each report is compared with when explaining why it is there. */
    private static final int EXPLAIN_AGAINST = 20;

    /** For each report of a multi-report actor, the engine's explanation against its most alike fellow. */
    private static List<Explanation> explanations(LinkResult result, List<ReportFeed.PooledReport> active) {
        Map<ActorId, List<String>> members = new HashMap<>();
        for (ReportFeed.PooledReport r : active) {
            String id = r.id().toString();
            members.computeIfAbsent(result.actorOf(id), x -> new ArrayList<>()).add(id);
        }
        List<Explanation> out = new ArrayList<>();
        for (List<String> ids : members.values()) {
            if (ids.size() < 2) {
                continue;
            }
            for (String id : ids) {
                Explanation best = null;
                int compared = 0;
                for (String other : ids) {
                    if (other.equals(id)) {
                        continue;
                    }
                    Explanation e = result.explain(id, other);
                    if (best == null || e.probability() > best.probability()) {
                        best = e;
                    }
                    if (++compared >= EXPLAIN_AGAINST) {
                        break;
                    }
                }
                out.add(best);
            }
        }
        return out;
    }

    private void saveLinks(List<Explanation> links) {
        List<Object[]> rows = new ArrayList<>();
        for (Explanation e : links) {
            rows.add(new Object[] {UUID.fromString(e.leftId()), UUID.fromString(e.rightId()), e.probability(),
                    e.describe()});
        }
        if (!rows.isEmpty()) {
            batches.batchUpdate("""
                    INSERT INTO directory_link (report_id, other_report, probability, explanation) VALUES (?, ?, ?, ?)
                    ON CONFLICT (report_id) DO UPDATE SET other_report = excluded.other_report,
                        probability = excluded.probability, explanation = excluded.explanation""", rows);
        }
    }

    /** Stored redirects as an alias map; a redirect that would loop (never written by us) is dropped. */
    private static AliasMap safeAliases(Map<ActorId, ActorId> stored) {
        AliasMap m = AliasMap.empty();
        for (var e : stored.entrySet()) {
            try {
                m = m.with(e.getKey(), e.getValue());
            } catch (IllegalArgumentException loop) {
                log.warn("Dropped actor redirect {} -> {}: {}", e.getKey(), e.getValue(), loop.getMessage());
            }
        }
        return m;
    }
}
