package io.blackbox.directory;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.matching.FeatureContribution;
import io.blackbox.engine.matching.MatchIndex;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Matcher;
import io.blackbox.engine.matching.PreparedCandidate;
import io.blackbox.engine.matching.PreparedQuery;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.screening.ListScreening;
import io.blackbox.screening.PoolChanged;
import io.blackbox.screening.PooledScreening;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pooled screening: the directory's actors as screening sees them. Candidates come from an in-memory
 * {@link MatchIndex} over every actor's names, built from the database at start, and a small one over the
 * actors linked into since, built again (debounced) after each change of the pool; the whole pool is read
 * again after a relink or once a tenth of it changed. A screening costs one lookup in each and, only when
 * they have a plausible candidate, one database read of those few actors. That read goes through the row policies:
 * each candidate is then rebuilt from the caller's visible reports only and scored again over the names
 * the caller may see, so a name that only an operator-level report holds never answers a member. What was
 * read is kept until a change touches the actor or a value it quotes ({@link Actors#cachedViews}), so screening the same names again
 * costs no database read: for all members at once while every member may see the same reports (no report is
 * seen by its reporter alone, {@link Actors#readerFor}), else for each organisation. What all members see of
 * every actor is moreover read in advance after each build ({@link MembersViewsKeeper}), so that a member's
 * first screening of a name reads nothing either. Hits are described by counts, days and codes, never by
 * reporter.
 */
@Component
class PooledActors implements PooledScreening {

    private static final Logger log = LoggerFactory.getLogger(PooledActors.class);

    /**
     * Names the pool's index retrieves and rescores per screening, and candidates taken from it before the
     * visibility check: 20 instead of the engine's 30 found the same share of the right records at rank 1
     * on the perturbed-name evaluation (docs/BENCHMARKS.md, "Candidates per query") for two thirds of the
     * rescoring.
     */
    static final int CANDIDATES = 20;
    /**
     * A pooled name is retrieved only when its retrieval score reaches this share of the best the query could
     * score: generated and real company names share common words (Supply, Trading, Ltd), and at a million
     * reports the search otherwise spent most of its time filling its 20 places from their postings. On the
     * perturbed-name evaluation, 0.3 lost no query found at rank 1 (docs/BENCHMARKS.md, "A retrieval floor").
     */
    static final double FLOOR = 0.3;
    /**
     * Names the index of recently changed actors retrieves and rescores per screening: it holds a tenth of the
     * pool at most, where a plausible actor ranks among the first few, and every screening searches it besides
     * the full index; with 20, its rescoring doubled the index step (docs/BENCHMARKS.md).
     */
    static final int RECENT_CANDIDATES = 10;
    private static final int MAX_NAMES_PER_ACTOR = 50;
    private static final Duration COALESCE = Duration.ofSeconds(1);
    private static final int MAX_PREPARED = 10_000;
    private static final int MIN_RECENT_LIMIT = 2_000;
    /** The meter timing the steps of each pooled search, tagged {@code step}. */
    static final String STEP_METER = "blackbox.pool.step";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Actors actors;
    private final ListScreening lists;
    private final MembersViewsKeeper keeper;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(null, null, Set.of(), 0, 0));
    private final Object buildLock = new Object();
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    /** Actors linked into since the last build read them, and whether the whole pool was relinked since. */
    private final Set<String> changedIds = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean everythingChanged = new AtomicBoolean();
    private final AtomicBoolean consolidating = new AtomicBoolean();
    /** How long linking must be quiet before the whole pool is read again into one index. */
    private final Duration quiet;
    private final AtomicLong lastChange = new AtomicLong(System.nanoTime());
    private final AtomicLong lastBuildStart = new AtomicLong();
    /** Per actor id: the last view scored and its prepared names ({@link #prepared(ActorView)}). */
    private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();
    /**
     * Time of each step of a pooled search: the index's retrieval, the database read of the caller's views
     * (only when some were not in memory), and the rest (views from memory, scoring them).
     */
    private final Timer indexTime;
    private final Timer readTime;
    private final Timer scoreTime;

    PooledActors(JdbcClient jdbc, TransactionTemplate tx, Actors actors, ListScreening lists, MembersViewsKeeper keeper,
                 ObjectProvider<MeterRegistry> meters, DirectoryProperties properties) {
        this.keeper = keeper;
        this.quiet = properties.poolIndexQuiet();
        this.jdbc = jdbc;
        this.tx = tx;
        this.actors = actors;
        this.lists = lists;
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.indexTime = stepTimer(registry, "index");
        this.readTime = stepTimer(registry, "read");
        this.scoreTime = stepTimer(registry, "score");
    }

    /**
     * {@value #STEP_METER}, tagged {@code step}: {@code index} (retrieval and rescoring in the pool's index),
     * {@code read} (the database read of the candidates as the caller may see them, recorded only for the
     * searches that needed one: the others found every view in memory) and {@code score} (the rest: views
     * found in memory, scoring them); a histogram from 10 µs to 10 s like the screening's parts.
     */
    private static Timer stepTimer(MeterRegistry registry, String step) {
        return Timer.builder(STEP_METER)
                .description("Time of one step of a pooled search: the index, the database read of the caller's views, "
                        + "or the rest")
                .tag("step", step)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    /**
     * The pool's indexes, how many times they were built, and when ({@link System#nanoTime}) the last build
     * began reading the pool: they hold every change announced before that. {@code index} holds every actor
     * as the last full build read it; {@code recent} (null when none) the actors linked since, with all their
     * names as they are now, and {@code recentIds} those actors, whose answers from {@code index} are stale.
     */
    record Snapshot(MatchIndex index, MatchIndex recent, Set<String> recentIds, long generation, long readFrom) {
    }

    @Override
    public List<Match> match(PreparedQuery query, int limit, double cutoff) {
        Caller caller = Callers.current().orElse(null);
        if (caller == null || !(caller.orgKind() == OrganisationKind.MEMBER || Actors.isStaff(caller))) {
            return List.of(); // regulators receive released packages, not the pool
        }
        // best first by the index's score, which reads every name of an actor and no country: the caller's
        // view (its visible names, its countries) scores at most a shared country's bonus above it
        long t0 = System.nanoTime();
        List<MatchResult> plausible = search(ensureBuilt(), query).stream()
                .filter(r -> r.score() >= cutoff).toList();
        long t1 = System.nanoTime();
        indexTime.record(t1 - t0, TimeUnit.NANOSECONDS);
        if (plausible.isEmpty()) {
            return List.of();
        }
        // a member without a report seen by it alone reads what every member may see, kept once for all
        // members; anybody else what its own organisation may see. The rounds go on from memory while the
        // views are there; the first round that needs the database reads it, and so does every later round,
        // in one transaction
        Caller reader = actors.readerFor(caller);
        Rounds rounds = new Rounds(query, plausible, limit, cutoff);
        long reading = 0;
        if (!rounds.run(ids -> actors.cachedViews(ids, reader).orElse(null))) {
            long r0 = System.nanoTime();
            long scoredBefore = rounds.scoring;
            actors.read(reader, () -> rounds.run(ids -> actors.views(ids, reader)));
            reading = System.nanoTime() - r0 - (rounds.scoring - scoredBefore);
            readTime.record(reading, TimeUnit.NANOSECONDS);
        }
        scoreTime.record(System.nanoTime() - t1 - reading, TimeUnit.NANOSECONDS);
        List<Match> out = rounds.out;
        // no audit entry here: the screening that asked is audited with the actors it was shown
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /**
     * The best {@value #CANDIDATES} candidates of both indexes, best first: the actors linked since the last
     * full build answer from the index of recent actors only.
     */
    static List<MatchResult> search(Snapshot s, PreparedQuery query) {
        List<MatchResult> found = s.index().search(query, CANDIDATES);
        if (s.recentIds().isEmpty()) {
            return found;
        }
        List<MatchResult> all = new ArrayList<>(found.size() + CANDIDATES);
        for (MatchResult r : found) {
            if (!s.recentIds().contains(r.entityId())) {
                all.add(r);
            }
        }
        if (s.recent() != null) {
            all.addAll(s.recent().search(query, RECENT_CANDIDATES));
        }
        all.sort(MatchResult.BEST_FIRST);
        return all.size() > CANDIDATES ? List.copyOf(all.subList(0, CANDIDATES)) : all;
    }

    /**
     * The rounds of one pooled search: the best {@code limit} plausible candidates first, the rest only when
     * those cannot already make the answer (a view scores at most a shared country's bonus above the index).
     */
    private final class Rounds {

        private final PreparedQuery query;
        private final List<MatchResult> plausible;
        private final int limit;
        private final double cutoff;
        final List<Match> out = new ArrayList<>();
        /** Nanoseconds spent scoring views, so that a read's time can leave them out. */
        long scoring;
        private int from;
        private boolean done;

        Rounds(PreparedQuery query, List<MatchResult> plausible, int limit, double cutoff) {
            this.query = query;
            this.plausible = plausible;
            this.limit = limit;
            this.cutoff = cutoff;
        }

        /**
         * Goes on with the rounds left while {@code viewsOf} answers for a round's candidates; false when it
         * answered null for one, which is then still to do.
         */
        boolean run(java.util.function.Function<List<String>, Map<String, ActorView>> viewsOf) {
            while (!done) {
                int to = from == 0 ? Math.min(plausible.size(), limit) : plausible.size();
                List<String> ids = plausible.subList(from, to).stream().map(MatchResult::entityId).toList();
                Map<String, ActorView> views = viewsOf.apply(ids);
                if (views == null) {
                    return false;
                }
                long s0 = System.nanoTime();
                for (ActorView v : views.values()) {
                    MatchResult r = lists.matcher().score(query, prepared(v));
                    if (r.score() >= cutoff) {
                        out.add(match(v, r));
                    }
                }
                from = to;
                out.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::id));
                // done when no candidate is left, or none left can score above the last one kept
                done = from >= plausible.size() || (out.size() >= limit
                        && out.get(limit - 1).score() > plausible.get(from).score() + Matcher.COUNTRY_BONUS);
                scoring += System.nanoTime() - s0;
            }
            return true;
        }
    }

    /** Builds in the background when the server is up; a screening before that waits for the build. */
    @EventListener(ApplicationReadyEvent.class)
    void buildAtStart() {
        Thread.ofVirtual().name("directory-index").start(this::ensureBuilt);
    }

    /**
     * Indexes again after linking changed the pool. Linking commits many small batches while reports arrive,
     * so the build waits until no change came for {@link #COALESCE} and covers all of them: the actors linked
     * into since the last full build go into the small index of recent actors, read and built anew (ids
     * from the events); the whole pool is read again after a relink, once the recent actors pass
     * {@link #recentLimit}, and once linking has been quiet for {@code app.directory.pool-index-quiet}.
     */
    @EventListener
    void on(PoolChanged event) {
        // noted before the change's time: a build that starts after that time takes what is noted here
        if (event.everything()) {
            everythingChanged.set(true);
        } else {
            changedIds.addAll(event.ids());
        }
        lastChange.set(System.nanoTime());
        if (rebuildPending.compareAndSet(false, true)) {
            Thread.ofVirtual().name("directory-index-rebuild").start(() -> {
                try {
                    while (System.nanoTime() - lastChange.get() < COALESCE.toNanos()) {
                        Thread.sleep(COALESCE.toMillis() / 4);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                rebuildPending.set(false);
                long changedAt = lastChange.get();
                synchronized (buildLock) {
                    if (lastBuildStart.get() - changedAt > 0) {
                        return; // a build that started after the change covers it
                    }
                    build("pool changed");
                }
            });
        }
    }

    @Override
    public boolean awaitCurrent(Duration max) {
        long changedAt = lastChange.get();
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            Snapshot s = current.get();
            if (s.index() != null && s.readFrom() - changedAt > 0) {
                return true;
            }
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Indexes the changes now unless a build started after the last change; for tests and operators. */
    Snapshot refresh() {
        synchronized (buildLock) {
            Snapshot s = current.get();
            if (s.index() != null && lastBuildStart.get() - lastChange.get() > 0) {
                return s;
            }
            return build("refresh");
        }
    }

    /** The indexes as screenings use them now; for tests. */
    Snapshot snapshot() {
        return current.get();
    }

    /** Reads the whole pool again now; for tests and operators. */
    Snapshot rebuildAll() {
        synchronized (buildLock) {
            return rebuild("full rebuild asked for");
        }
    }

    private Snapshot ensureBuilt() {
        Snapshot s = current.get();
        if (s.index() != null) {
            return s;
        }
        synchronized (buildLock) {
            s = current.get();
            return s.index() != null ? s : rebuild("first use");
        }
    }

    /**
     * Recent actors beyond which the whole pool is read again: a tenth of the pool, and at least
     * {@value #MIN_RECENT_LIMIT}; the index of recent actors is built whole each time, so it must stay small.
     */
    static int recentLimit(int poolSize) {
        return Math.max(MIN_RECENT_LIMIT, poolSize / 10);
    }

    /** The index of recent actors, or the whole pool again when that is due. Holds {@link #buildLock}. */
    private Snapshot build(String why) {
        Snapshot previous = current.get();
        if (previous.index() == null || everythingChanged.get()) {
            return rebuild(why);
        }
        long start = System.nanoTime();
        lastBuildStart.set(start);
        Set<String> taken = new HashSet<>();
        for (java.util.Iterator<String> it = changedIds.iterator(); it.hasNext(); ) {
            taken.add(it.next());
            it.remove();
        }
        Set<String> ids = new HashSet<>(previous.recentIds());
        ids.addAll(taken);
        if (ids.size() > recentLimit(previous.index().size())) {
            return rebuild(why + ", " + ids.size() + " actors linked into since the last full build");
        }
        MatchIndex recent;
        try {
            List<MatchRecord> records = records(ids);
            recent = records.isEmpty() ? null : MatchIndex.build(records, lists.matcher(), null, RECENT_CANDIDATES, FLOOR);
        } catch (RuntimeException e) {
            changedIds.addAll(taken); // still to index: the next build takes them again
            throw e;
        }
        // ids whose actor has no name now (absorbed into another) stay listed: the full index's answer for them is stale
        Snapshot next = new Snapshot(previous.index(), recent, Set.copyOf(ids), previous.generation() + 1, start);
        current.set(next);
        retire(previous.recent());
        log.info("Directory index: {} actors linked into since the last full build indexed apart ({}) in {} ms",
                ids.size(), why, (System.nanoTime() - start) / 1_000_000);
        keeper.poolIndexed(taken, false);
        consolidateWhenQuiet();
        return next;
    }

    /**
     * Reads the whole pool again once linking has been quiet for {@code app.directory.pool-index-quiet}, so
     * that screenings search one index again between intakes (the second costs each about 0.15 ms at a
     * million reports).
     */
    private void consolidateWhenQuiet() {
        if (!consolidating.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("directory-index-consolidate").start(() -> {
            try {
                while (System.nanoTime() - lastChange.get() < quiet.toNanos()) {
                    Thread.sleep(Math.max(1, quiet.toMillis() / 10));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                consolidating.set(false);
            }
            synchronized (buildLock) {
                // a change may have come meanwhile: its own build then looks for quiet again
                if (!current.get().recentIds().isEmpty() && System.nanoTime() - lastChange.get() >= quiet.toNanos()) {
                    rebuild("quiet for " + quiet.toSeconds() + " s");
                }
            }
        });
    }

    /** Reads every actor's names (as the system: the index holds all, answers are checked per caller). */
    private Snapshot rebuild(String why) {
        long start = System.nanoTime();
        lastBuildStart.set(start);
        // what was noted before this point is read below; later changes are noted for the next build
        everythingChanged.set(false);
        changedIds.clear();
        MatchIndex index;
        Set<String> ids = new HashSet<>();
        try {
            List<MatchRecord> records = records(null);
            records.forEach(r -> ids.add(r.id()));
            index = MatchIndex.build(records, lists.matcher(), null, CANDIDATES, FLOOR);
        } catch (RuntimeException e) {
            everythingChanged.set(true); // what was noted is lost: the next build reads the whole pool
            throw e;
        }
        Snapshot previous = current.get();
        Snapshot next = new Snapshot(index, null, Set.of(), previous.generation() + 1, start);
        current.set(next);
        retire(previous.index());
        retire(previous.recent());
        log.info("Directory index rebuilt ({}): {} actors, {} names in {} ms", why, index.size(), index.nameCount(),
                (System.nanoTime() - start) / 1_000_000);
        keeper.poolIndexed(ids, true);
        return next;
    }

    /** The names of the given actors, or of every actor for null, as records to index; read as the system. */
    private List<MatchRecord> records(Set<String> ids) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        Callers.runAsSystem("directory-index", () -> tx.executeWithoutResult(s -> {
            var statement = ids == null
                    ? jdbc.sql("SELECT actor_id, search_text FROM directory_report WHERE search_text <> ''")
                    : jdbc.sql("SELECT actor_id, search_text FROM directory_report WHERE search_text <> '' "
                            + "AND actor_id = ANY(?)").param(ids.toArray(String[]::new));
            statement.query(rs -> {
                Set<String> n = names.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>());
                for (String name : rs.getString(2).split(" \\| ")) {
                    if (n.size() < MAX_NAMES_PER_ACTOR && !name.isBlank()) {
                        n.add(name);
                    }
                }
            });
        }));
        List<MatchRecord> records = new ArrayList<>(names.size());
        names.forEach((id, n) -> {
            List<EntityName> entityNames = new ArrayList<>();
            for (String name : n) {
                entityNames.add(entityNames.isEmpty() ? EntityName.primary(name) : EntityName.alias(name));
            }
            // no schema: an actor's kind is decided by its visible reports, and the view's score applies it;
            // a schema here would mark down a person screened as a Person before the view was read
            records.add(new MatchRecord(id, null, null, entityNames, List.of(), List.of(), List.of()));
        });
        return records;
    }

    /** Closes a replaced index once the screenings still running on it have surely finished. */
    private static void retire(MatchIndex old) {
        if (old != null) {
            Thread.ofVirtual().name("directory-index-retire").start(() -> {
                try {
                    Thread.sleep(Duration.ofSeconds(60).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                old.close();
            });
        }
    }

    /**
     * The view's names normalised for scoring. Kept while the organisation's view cache hands out the same
     * view object (until the pool changes), so screening the same actors again does not transliterate their
     * names again; a view read afresh, or another organisation's view of the actor, is prepared anew.
     */
    private PreparedCandidate prepared(ActorView v) {
        Prepared p = prepared.get(v.id());
        if (p != null && p.view() == v) {
            return p.candidate();
        }
        PreparedCandidate c = lists.matcher().prepareCandidate(record(v));
        if (prepared.size() >= MAX_PREPARED) {
            prepared.clear();
        }
        prepared.put(v.id(), new Prepared(v, c));
        return c;
    }

    private record Prepared(ActorView view, PreparedCandidate candidate) {
    }

    private static MatchRecord record(ActorView v) {
        List<EntityName> names = new ArrayList<>();
        for (ActorView.Counted n : v.names()) {
            names.add(names.isEmpty() ? EntityName.primary(n.value()) : EntityName.alias(n.value()));
        }
        return new MatchRecord("directory:" + v.id(), schema(v.kind()), v.name(), names, v.countries(), List.of(),
                List.of());
    }

    static Schema schema(String kind) {
        if ("person".equals(kind)) {
            return Schema.PERSON;
        }
        return "organisation".equals(kind) ? Schema.COMPANY : Schema.LEGAL_ENTITY;
    }

    private static Match match(ActorView v, MatchResult r) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("name", v.names().stream().map(ActorView.Counted::value).toList());
        p.put("country", v.countries());
        p.put("independentReporters", List.of(Integer.toString(v.independentReporters())));
        p.put("reports", List.of(Integer.toString(v.reports())));
        p.put("redFlags", v.redFlags().stream().map(ActorView.Counted::value).toList());
        p.put("firstSeen", List.of(v.firstSeen().toString()));
        p.put("lastSeen", List.of(v.lastSeen().toString()));
        p.put("eccn", v.items().stream().map(ActorView.ItemSought::eccn).filter(e -> e != null).toList());
        p.put("listEntity", v.listHits().stream().map(ActorView.ListHit::entityId).toList());
        p.put("riskBand", List.of(v.risk().band()));
        p.put("riskScore", List.of(Integer.toString(v.risk().score())));
        p.put("notes", List.of(summary(v)));
        Map<String, Double> features = new LinkedHashMap<>();
        features.put("name_similarity", r.explanation().nameScore());
        for (FeatureContribution f : r.explanation().features()) {
            features.put(f.feature().replace('-', '_'), Math.round(f.delta() * 10_000) / 10_000.0);
        }
        return new Match("directory:" + v.id(), v.name(), schema(v.kind()).ftmName(),
                Math.round(r.score() * 10_000) / 10_000.0, p, features);
    }

    /** "3 independent members reported this actor since 2025-03; red flags BIS-02, BIS-10; sought 2B001". */
    static String summary(ActorView v) {
        StringBuilder b = new StringBuilder();
        b.append(v.independentReporters()).append(v.independentReporters() == 1 ? " member" : " independent members")
                .append(" reported this actor since ").append(v.firstSeen().format(DateTimeFormatter.ofPattern("yyyy-MM")));
        if (!v.redFlags().isEmpty()) {
            b.append("; red flags ").append(String.join(", ", v.redFlags().stream().map(ActorView.Counted::value).toList()));
        }
        List<String> eccns = v.items().stream().map(ActorView.ItemSought::eccn).filter(e -> e != null).toList();
        if (!eccns.isEmpty()) {
            b.append("; sought ").append(String.join(", ", eccns));
        }
        if (!v.listHits().isEmpty()) {
            b.append("; resembles ").append(v.listHits().size()).append(v.listHits().size() == 1
                    ? " listed entity" : " listed entities");
        }
        return b.toString();
    }
}
