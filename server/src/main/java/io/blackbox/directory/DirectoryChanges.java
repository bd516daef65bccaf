package io.blackbox.directory;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Counts the committed writes to the directory's tables and remembers, for the most recent of them, what
 * each touched: the actors whose reports it inserted, moved or changed (before and after a move), and the
 * values ({@code directory_report.keys}) those reports quote. Whatever was read from the directory at some
 * count is still exact at a later count when no write in between touched the actor it was read for nor a
 * value it depends on ({@link #spares}); a write that did not say what it touched (a full relink, a failed
 * batch) spares nothing, and neither does a write older than the remembered ones.
 *
 * <p>One thread writes ({@link DirectoryLinking}'s worker), any thread reads. A write's record is published
 * before the count that names it, so a reader that sees a count can see what every write up to it touched.
 */
final class DirectoryChanges {

    /**
     * Writes remembered. A linking batch (up to 1,000 reports that arrived together) is one write; a view older
     * than the remembered writes is read again.
     */
    static final int REMEMBERED = 512;

    /** What the write that made the count {@code count} touched; null sets: anything. */
    private record Change(long count, Set<String> actors, Set<String> keys) {
    }

    private final AtomicLong count = new AtomicLong();
    private final AtomicReferenceArray<Change> recent;

    DirectoryChanges() {
        this(REMEMBERED);
    }

    DirectoryChanges(int remembered) {
        if (remembered < 1) {
            throw new IllegalArgumentException("remembered must be positive, got " + remembered);
        }
        this.recent = new AtomicReferenceArray<>(remembered);
    }

    /** How many writes have committed (or rolled back) so far. */
    long count() {
        return count.get();
    }

    /** Counts a committed write that touched these actors and values only. */
    void touched(Set<String> actors, Set<String> keys) {
        publish(Set.copyOf(actors), Set.copyOf(keys));
    }

    /** Counts a write that may have touched anything (a full relink, a batch that failed half-way). */
    void touchedAnything() {
        publish(null, null);
    }

    private void publish(Set<String> actors, Set<String> keys) {
        long next = count.get() + 1;
        recent.set(slot(next), new Change(next, actors, keys));
        count.set(next);
    }

    private int slot(long n) {
        return (int) Math.floorMod(n, (long) recent.length());
    }

    /**
     * The actors that the writes after count {@code from} up to count {@code to} touched; null when one of those
     * writes is no longer remembered or did not say what it touched.
     */
    Set<String> actorsTouched(long from, long to) {
        if (to - from > recent.length()) {
            return null;
        }
        Set<String> out = new java.util.HashSet<>();
        for (long n = from + 1; n <= to; n++) {
            Change c = recent.get(slot(n));
            if (c == null || c.count() != n || c.actors() == null) {
                return null;
            }
            out.addAll(c.actors());
        }
        return out;
    }

    /**
     * Whether every write after count {@code from} up to count {@code to} left alone the actor (when not null)
     * and every one of the values; false when one of those writes is no longer remembered or did not say
     * what it touched. True when {@code to <= from}.
     */
    boolean spares(long from, long to, String actor, Collection<String> values) {
        if (to - from > recent.length()) {
            return false;
        }
        for (long n = from + 1; n <= to; n++) {
            Change c = recent.get(slot(n));
            if (c == null || c.count() != n || c.actors() == null) {
                return false;
            }
            if (actor != null && c.actors().contains(actor)) {
                return false;
            }
            if (!c.keys().isEmpty()) {
                for (String v : values) {
                    if (c.keys().contains(v)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
