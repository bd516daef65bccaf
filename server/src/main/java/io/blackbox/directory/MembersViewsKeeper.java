package io.blackbox.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps in memory what every member may see of every actor of the pool ({@link Actors#MEMBERS}), so that
 * pooled screening finds the views of its candidates there and a member's first screening of a name reads
 * nothing from the database (ADR 0023). After each build of the pool's index it reads, in the background, the
 * views a change touched since and the actors linked into; after a full build, and when the day changes (the
 * risk's recency is counted in days), every actor not kept yet. Views that no change touched are carried
 * forward to the latest count of changes each time, so the change log never forgets them. Up to
 * {@code app.directory.kept-members-views} actors, and no more than fit in a tenth of the heap; 0 leaves only
 * what screenings read themselves.
 */
@Component
class MembersViewsKeeper {

    private static final Logger log = LoggerFactory.getLogger(MembersViewsKeeper.class);

    /**
     * Heap a kept view takes, in bytes, with the values it depends on: 419,000 KB for 189,796 actors at
     * 1,000,000 reports (docs/BENCHMARKS.md), rounded up.
     */
    static final int BYTES_PER_VIEW = 2_500;

    /** The views that fit in a tenth of a heap of this many bytes. */
    static long heapBound(long maxHeap) {
        return maxHeap / 10 / BYTES_PER_VIEW;
    }

    /** Actors read per database statement. */
    static final int BATCH = 500;
    /**
     * Writes after which a pass carries every kept view forward ({@link Actors#advanceMembersViews}), which
     * checks each against the writes since (about 0.3 s for 190,000 views). Between, a pass reads again only
     * the actors the writes since the last pass touched, and a view that only shares a value with a changed
     * report is found stale when looked up; this many writes keep that look-up short, and the full check well
     * inside what the change log remembers.
     */
    static final int ADVANCE_EVERY = 64;

    private final Actors actors;
    private final DirectoryLinking linking;
    private final int limit;
    private final Object lock = new Object();
    /**
     * Actors to read at the next pass, and whether it covers every actor: those of {@code whole} when a full
     * build named them, else every actor with a report members may see. Guarded by {@link #lock}.
     */
    private final Set<String> pending = new LinkedHashSet<>();
    private boolean everything;
    private Set<String> whole;
    private boolean running;
    /** Whether builds of the pool's index start a pass; off in tests that count reads themselves. */
    private volatile boolean automatic;
    private volatile LocalDate keptDay;
    /** The count of changes at the last pass, and at the last pass that carried every view forward. */
    private long lastPass = -1;
    private long lastAdvance = -1;
    private final AtomicBoolean watchingDays = new AtomicBoolean();

    MembersViewsKeeper(Actors actors, DirectoryLinking linking, DirectoryProperties properties,
                       ObjectProvider<MeterRegistry> meters) {
        this.actors = actors;
        this.linking = linking;
        this.limit = (int) Math.min(properties.keptMembersViews(), heapBound(Runtime.getRuntime().maxMemory()));
        if (limit < properties.keptMembersViews()) {
            log.info("Members' views of the pool: {} actors at most, a tenth of the server's heap", limit);
        }
        this.automatic = limit > 0;
        if (limit > 0) {
            actors.membersViewsCapacity(limit);
        }
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            Gauge.builder("blackbox.pool.kept.views", actors, Actors::membersViewsKept)
                    .description("Actors whose view as every member may see it is kept in memory for pooled screening")
                    .register(registry);
        }
    }

    /**
     * Called after each build of the pool's index: {@code ids} are the actors linked into since the last build,
     * or after a full build ({@code all}) every actor of the index, so that those members may not see are kept
     * as such too. Reads in the background what is not kept.
     */
    void poolIndexed(Set<String> ids, boolean all) {
        if (!automatic) {
            return;
        }
        synchronized (lock) {
            if (all) {
                everything = true;
                whole = ids;
            } else {
                pending.addAll(ids);
            }
            if (running) {
                return;
            }
            running = true;
        }
        Thread.ofVirtual().name("directory-members-views").start(this::drain);
    }

    /** Passes until nothing is pending; then, while automatic, waits for the next day to keep every view again. */
    private void drain() {
        try {
            while (true) {
                Set<String> ids;
                boolean all;
                synchronized (lock) {
                    if (!everything && pending.isEmpty()) {
                        running = false;
                        break;
                    }
                    all = everything;
                    ids = all ? whole : new LinkedHashSet<>(pending);
                    everything = false;
                    whole = null;
                    pending.clear();
                }
                if (linking.relinking()) {
                    // what it would read is dropped when the relink ends, whose full build asks for every actor
                    log.debug("Members' views of the pool: pass skipped while the directory is relinked");
                    continue;
                }
                keep(ids, all);
            }
        } catch (RuntimeException e) {
            synchronized (lock) {
                running = false;
            }
            log.warn("Keeping the members' views of the pool failed; screenings read them as needed: {}", e.toString());
            return;
        }
        scheduleNextDay();
    }

    /** Once: a thread that, each day after midnight UTC, keeps every view again for the new day. */
    private void scheduleNextDay() {
        if (!watchingDays.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("directory-members-views-day").start(() -> {
            while (true) {
                ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
                ZonedDateTime next = now.toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).plusSeconds(5);
                try {
                    Thread.sleep(Math.max(1, Duration.between(now, next).toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!LocalDate.now(ZoneOffset.UTC).equals(keptDay)) { // yesterday's views answer nobody today
                    poolIndexed(null, true);
                }
            }
        });
    }

    /**
     * One pass, now, on this thread: carries the kept views forward to the current count of changes (every
     * {@value #ADVANCE_EVERY} writes, and in a pass over the whole pool; else takes the actors the writes since
     * the last pass touched), then reads those a change touched and the given actors (null: every actor with a
     * report every member may see), skipping what is kept already. {@code all} when the actors are the whole
     * pool (they are then cut to the views this keeper may keep). Returns what it did.
     */
    synchronized Pass keep(Set<String> ids, boolean all) {
        long start = System.nanoTime();
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        long now = linking.changes();
        Set<String> touched = all || lastPass < 0 || now - lastAdvance >= ADVANCE_EVERY || !day.equals(keptDay)
                ? null : linking.changeLog().actorsTouched(lastPass, now);
        boolean carried = touched == null;
        if (carried) {
            touched = new LinkedHashSet<>(actors.advanceMembersViews(now));
            lastAdvance = now;
        }
        lastPass = now;
        Set<String> wanted = new LinkedHashSet<>(touched);
        if (ids == null) {
            wanted.addAll(actors.membersActors());
        } else {
            wanted.addAll(ids);
        }
        List<String> asked = new ArrayList<>(wanted);
        int cap = limit > 0 ? limit : ViewCache.DEFAULT_SIZE; // 0: no passes of its own, the cache's own bound
        if (all && asked.size() > cap) {
            log.warn("The pool has {} actors; the views of {} of them are kept (app.directory.kept-members-views, "
                    + "and a tenth of the heap)", asked.size(), cap);
            asked = asked.subList(0, cap);
        }
        int read = 0;
        for (int from = 0; from < asked.size(); from += BATCH) {
            read += actors.keepMembersViews(asked.subList(from, Math.min(asked.size(), from + BATCH)));
        }
        keptDay = day;
        Pass pass = new Pass(carried, touched.size(), asked.size(), read, actors.membersViewsKept(),
                Duration.ofNanos(System.nanoTime() - start));
        if (read > 0 || all) {
            log.info("Members' views of the pool: {} read ({} asked, {} touched by changes), {} kept, in {} ms{}",
                    pass.read(), pass.asked(), pass.touched(), pass.kept(), pass.took().toMillis(),
                    pass.carried() ? ", every kept view checked" : "");
        }
        return pass;
    }

    /**
     * What one pass did: whether it carried every kept view forward, actors a change touched since the last
     * pass (their views dropped when carried forward, else as the change log names them), actors asked for,
     * actors read from the database (the others were kept already), views kept afterwards, and its time.
     */
    record Pass(boolean carried, int touched, int asked, int read, int kept, Duration took) {
    }

    /** Whether builds start passes; tests that count the reads screenings make turn this off. */
    void automatic(boolean on) {
        this.automatic = on && limit > 0;
    }

    /** Waits until no pass is running or pending; for tests and benchmarks. */
    boolean awaitIdle(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            synchronized (lock) {
                if (!running && !everything && pending.isEmpty()) {
                    return true;
                }
            }
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(20);
        }
    }
}
