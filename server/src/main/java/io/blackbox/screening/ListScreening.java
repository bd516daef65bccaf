package io.blackbox.screening;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.matching.MatchIndex;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Matcher;
import io.blackbox.engine.matching.PreparedQuery;
import io.blackbox.engine.matching.Query;
import io.blackbox.lists.ListVersionPublished;
import io.blackbox.lists.Lists;
import io.blackbox.platform.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Screens against the current versions of the public lists, in memory. The index is built from the
 * database at start and rebuilt whenever a list version is published; the new index replaces the old
 * one at once, so a screening always sees one consistent set of list versions.
 */
@Service
public class ListScreening {

    private static final Logger log = LoggerFactory.getLogger(ListScreening.class);

    private final Lists lists;
    private final Matcher matcher = new Matcher();
    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(null, Map.of(), 0));
    private final Object rebuildLock = new Object();
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    /** Set when the application is ready: the build at start covers every version published before. */
    private volatile boolean started;
    private final ConcurrentLinkedQueue<String> pendingSources = new ConcurrentLinkedQueue<>();
    private final AtomicLong lastEvent = new AtomicLong();
    private final AtomicLong lastBuildStart = new AtomicLong();
    private static final Duration COALESCE = Duration.ofSeconds(2);
    private static final Duration RETIRE_AFTER = Duration.ofSeconds(60);

    private final ApplicationEventPublisher events;

    ListScreening(Lists lists, ApplicationEventPublisher events) {
        this.lists = lists;
        this.events = events;
    }

    /**
     * The best list hits for a query, best first.
     *
     * @throws IllegalArgumentException when the query has no usable name or identifier
     */
    public List<MatchResult> screen(Query query, int limit) {
        return screen(matcher.prepare(query), limit);
    }

    /** The best list hits for a query prepared by {@link #matcher()}, best first. */
    public List<MatchResult> screen(PreparedQuery query, int limit) {
        return ensureBuilt().index.search(query, limit);
    }

    /** How many entities and names the index holds. */
    public IndexStatus status() {
        Snapshot s = current.get();
        return s.index == null ? new IndexStatus(0, 0, 0) : new IndexStatus(s.index.size(), s.index.nameCount(), s.generation);
    }

    /** The matcher that scores, with its thresholds. */
    public Matcher matcher() {
        return matcher;
    }

    /**
     * Builds in the background at start, so the server is up at once; the first screening waits for it.
     * The versions published while the server started (the bundled lists on a first start) are all in
     * this build, so they do not rebuild the index again.
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildAtStart() {
        started = true;
        Thread.ofVirtual().name("screening-index").start(() -> {
            Snapshot built;
            Set<String> sources;
            synchronized (rebuildLock) {
                sources = drain();
                long eventAt = lastEvent.get();
                Snapshot s = current.get();
                // a screening during start-up may have built an index before the last versions arrived
                boolean stale = !sources.isEmpty() && lastBuildStart.get() - eventAt <= 0;
                if (s.index != null && !stale) {
                    return;
                }
                built = rebuild("start");
            }
            if (!sources.isEmpty()) {
                events.publishEvent(new ScreeningIndexRebuilt(built.generation(), sources));
            }
        });
    }

    /**
     * Rebuilds after a list version is committed. Imports publish many versions in a row (the bundled
     * lists are nineteen), so requests are debounced: the rebuild starts once no version has been
     * published for {@link #COALESCE}, covers every version committed by then, and is skipped when a
     * build started after the last event anyway. Before the application is ready the build at start
     * covers them (on a first start the bundled lists arrive with pauses longer than {@link #COALESCE}
     * between them, and each rebuild of a large index costs minutes of one core).
     */
    @TransactionalEventListener
    void on(ListVersionPublished event) {
        pendingSources.add(event.source());
        lastEvent.set(System.nanoTime());
        if (!started) {
            return;
        }
        if (rebuildPending.compareAndSet(false, true)) {
            Thread.ofVirtual().name("screening-index-rebuild").start(() -> {
                try {
                    while (System.nanoTime() - lastEvent.get() < COALESCE.toNanos()) {
                        Thread.sleep(COALESCE.toMillis() / 4);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                rebuildPending.set(false);
                Set<String> sources = drain();
                long eventAt = lastEvent.get();
                Snapshot built;
                synchronized (rebuildLock) {
                    long builtAt = lastBuildStart.get();
                    if (builtAt != 0 && builtAt - eventAt > 0) {
                        return; // a build that started after these events covers them
                    }
                    built = rebuild("lists " + sources);
                }
                events.publishEvent(new ScreeningIndexRebuilt(built.generation(), sources));
            });
        }
    }

    private Set<String> drain() {
        Set<String> out = new TreeSet<>();
        for (String s; (s = pendingSources.poll()) != null; ) {
            out.add(s);
        }
        return out;
    }

    private Snapshot ensureBuilt() {
        Snapshot s = current.get();
        if (s.index != null) {
            return s;
        }
        synchronized (rebuildLock) {
            s = current.get();
            return s.index != null ? s : rebuild("first use");
        }
    }

    /** Rebuilds from the database and swaps the new index in; screenings in flight finish on the old one. */
    public Snapshot rebuild(String why) {
        synchronized (rebuildLock) {
            long start = System.nanoTime();
            lastBuildStart.set(start);
            List<MatchRecord> records = new ArrayList<>();
            Map<String, ListEntity> entities = new HashMap<>();
            Callers.runAsSystem("screening-index", () -> lists.forEachCurrent(e -> {
                if (isPublic(e)) {
                    records.add(MatchRecord.of(e));
                    entities.put(e.id(), e);
                }
            }));
            MatchIndex index = MatchIndex.build(records, matcher, null);
            Snapshot previous = current.get();
            // not Map.copyOf: its open addressing degrades badly on a million sequential ids
            Snapshot next = new Snapshot(index, Collections.unmodifiableMap(entities), previous.generation + 1);
            current.set(next);
            retire(previous.index);
            log.info("Screening index rebuilt ({}): {} entities, {} names in {} ms", why, index.size(), index.nameCount(),
                    (System.nanoTime() - start) / 1_000_000);
            return next;
        }
    }

    /** Closes a replaced index once the screenings still running on it have surely finished. */
    private static void retire(MatchIndex old) {
        if (old == null) {
            return;
        }
        Thread.ofVirtual().name("screening-index-retire").start(() -> {
            try {
                Thread.sleep(RETIRE_AFTER.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            old.close();
        });
    }

    private static boolean isPublic(ListEntity e) {
        return !e.source().startsWith("own-");
    }

    /** The indexed list entity with this id, as of the index in use. */
    public Optional<ListEntity> entity(String id) {
        return Optional.ofNullable(ensureBuilt().entities.get(id));
    }

    /** An index, the entities in it, and its generation; generations count rebuilds. */
    public record Snapshot(MatchIndex index, Map<String, ListEntity> entities, long generation) {
    }

    public record IndexStatus(int entities, long names, long generation) {
    }
}
