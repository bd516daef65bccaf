package io.blackbox.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.blackbox.platform.Caller;

/**
 * What one organisation's callers read through the row policies (actor views; for networks, the actors
 * quoting a value), kept while the directory's changes leave it alone. The row policies of the directory
 * depend only on the caller's organisation (its kind and its reporter tag) and on whether the caller is
 * operator staff, so a view read for one caller is exactly what every caller of the same organisation and
 * staff standing would read; it is never shared beyond that.
 *
 * <p>An entry is kept with the count of directory changes read before it was read ({@link DirectoryLinking#changes()}),
 * the day it was built on (the risk decays with time) and what it depends on: the actor it was read for and
 * the values ({@code directory_report.keys}) its answer turns on. Asked at a later count, it answers only when
 * every change in between spared both ({@link DirectoryChanges#spares}); an entry kept without dependencies,
 * or a cache without a change log, answers at its own count only. A read that started before a change is
 * therefore never taken for one made after it unless that change could not have altered it. An actor the
 * organisation may not see is kept as such (a null view). Thread-safe; the least recently used entries go
 * beyond {@code maxEntries}.
 */
final class ViewCache<V> {

    /** Entries kept at most: a few hundred bytes to a few kilobytes each. */
    static final int DEFAULT_SIZE = 50_000;

    /** A view, or null for an actor the organisation may not see, and the count of changes it is exact at. */
    record Cached<V>(V view, long changes, LocalDate day) {
    }

    private record Key(String viewer, String actorId) {
    }

    /** What is kept: the view, when it was read, and what it depends on ({@code values} null: on anything). */
    private record Kept<V>(V view, long changes, LocalDate day, String actor, Set<String> values) {
    }

    private volatile int maxEntries;
    private final DirectoryChanges log;
    private final Map<Key, Kept<V>> entries;

    /** A cache whose entries answer only at the count of changes they were read at. */
    ViewCache(int maxEntries) {
        this(maxEntries, null);
    }

    /** A cache whose entries with dependencies outlive the changes that spare them, as {@code log} tells. */
    ViewCache(int maxEntries, DirectoryChanges log) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive, got " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.log = log;
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept<V>> eldest) {
                return size() > ViewCache.this.maxEntries;
            }
        };
    }

    /** The view kept for the caller's organisation that is exact at this count of changes and day, or null. */
    synchronized Cached<V> get(Caller caller, String actorId, long changes, LocalDate day) {
        Key key = new Key(viewer(caller), actorId);
        Kept<V> e = entries.get(key);
        if (e == null || !e.day().equals(day) || e.changes() > changes) {
            return null;
        }
        if (e.changes() < changes) {
            if (log == null || e.values() == null || !log.spares(e.changes(), changes, e.actor(), e.values())) {
                return null;
            }
            e = new Kept<>(e.view(), changes, day, e.actor(), e.values()); // spared: checked from here on
            entries.put(key, e);
        }
        return new Cached<>(e.view(), e.changes(), e.day());
    }

    /**
     * Puts what is kept for each key (looked up as {@code prefix + key}) into {@code found}, leaving out keys
     * kept as not visible; returns the keys with nothing kept for this count of changes and day, in order.
     */
    List<String> collect(Caller caller, String prefix, Collection<String> keys, long changes, LocalDate day,
                         Map<String, V> found) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            Cached<V> c = get(caller, prefix + key, changes, day);
            if (c == null) {
                missing.add(key);
            } else if (c.view() != null) {
                found.put(key, c.view());
            }
        }
        return missing;
    }

    /** Keeps a view (null: not visible) read at {@code changes} that any later change may alter. */
    synchronized void put(Caller caller, String actorId, long changes, LocalDate day, V view) {
        keep(new Key(viewer(caller), actorId), new Kept<>(view, changes, day, null, null));
    }

    /**
     * Keeps a view (null: not visible) read at {@code changes} that only a change touching {@code actor} (when
     * not null) or one of {@code values} can alter.
     */
    synchronized void put(Caller caller, String key, long changes, LocalDate day, V view, String actor,
                          Collection<String> values) {
        keep(new Key(viewer(caller), key), new Kept<>(view, changes, day, actor, Set.copyOf(values)));
    }

    private void keep(Key key, Kept<V> e) {
        Kept<V> old = entries.get(key);
        if (old != null && old.changes() > e.changes() && !old.day().isBefore(e.day())) {
            return; // read before a change that another read has already seen
        }
        entries.put(key, e);
    }

    synchronized int size() {
        return entries.size();
    }

    /** Keeps at most this many entries from now on; the least recently used beyond it go at the next put. */
    synchronized void capacity(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive, got " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    synchronized int capacity() {
        return maxEntries;
    }

    /**
     * Brings every entry kept for the caller's organisation to this count of changes and day, as a look-up at
     * them would, and drops the entries that some change since touched (or that were read on another day):
     * an entry nobody looks up is otherwise lost once its changes are older than the change log remembers.
     * Returns the keys dropped. Checks a thousand entries at a time, so screenings wait for a lock held briefly.
     */
    List<String> advance(Caller caller, long changes, LocalDate day) {
        String viewer = viewer(caller);
        List<Key> keys;
        synchronized (this) {
            keys = new ArrayList<>();
            for (Key k : entries.keySet()) {
                if (k.viewer().equals(viewer)) {
                    keys.add(k);
                }
            }
        }
        List<String> dropped = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += 1_000) {
            synchronized (this) {
                for (Key k : keys.subList(from, Math.min(keys.size(), from + 1_000))) {
                    Kept<V> e = entries.get(k);
                    if (e == null || e.changes() >= changes && e.day().equals(day)) {
                        continue;
                    }
                    if (get(caller, k.actorId(), changes, day) == null) {
                        entries.remove(k);
                        dropped.add(k.actorId());
                    }
                }
            }
        }
        return dropped;
    }

    /** Who reads the same rows: the system, or an organisation with its staff standing. */
    static String viewer(Caller caller) {
        if (caller.isSystem()) {
            return "system";
        }
        return caller.orgId() + (Actors.isStaff(caller) ? "/staff" : "/other");
    }
}
