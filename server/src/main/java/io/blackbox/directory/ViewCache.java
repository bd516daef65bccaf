package io.blackbox.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.blackbox.platform.Caller;

/**
 * What one organisation's callers read through the row policies (actor views; for networks, the actors
 * quoting a value), kept until the directory changes. The row policies of the directory depend only on the caller's organisation (its kind and its
 * reporter tag) and on whether the caller is operator staff, so a view read for one caller is exactly what
 * every caller of the same organisation and staff standing would read; it is never shared beyond that.
 * An entry is valid only for the count of directory changes it was read at (see
 * {@link DirectoryLinking#changes()}) and the day it was built on (the risk decays with time); a read that
 * started before a change can therefore never answer after it. An actor the organisation may not see is
 * kept as such (a null view). Thread-safe; the least recently used entries go beyond {@code maxEntries}.
 */
final class ViewCache<V> {

    /** Entries kept at most: a few hundred bytes to a few kilobytes each. */
    static final int DEFAULT_SIZE = 50_000;

    /** A view, or null for an actor the organisation may not see, and when it was read. */
    record Cached<V>(V view, long changes, LocalDate day) {
    }

    private record Key(String viewer, String actorId) {
    }

    private final int maxEntries;
    private final Map<Key, Cached<V>> entries;
    private long changes = Long.MIN_VALUE;

    ViewCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive, got " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Cached<V>> eldest) {
                return size() > ViewCache.this.maxEntries;
            }
        };
    }

    /** The view read for the caller's organisation at this count of changes and day, or null when there is none. */
    synchronized Cached<V> get(Caller caller, String actorId, long changes, LocalDate day) {
        Cached<V> c = entries.get(new Key(viewer(caller), actorId));
        return c != null && c.changes() == changes && c.day().equals(day) ? c : null;
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

    /** Keeps a view (null: not visible) read at {@code changes}; entries of older counts are dropped. */
    synchronized void put(Caller caller, String actorId, long changes, LocalDate day, V view) {
        if (changes < this.changes) {
            return; // read before a change that another read has already seen
        }
        if (changes > this.changes) {
            entries.clear();
            this.changes = changes;
        }
        entries.put(new Key(viewer(caller), actorId), new Cached<>(view, changes, day));
    }

    synchronized int size() {
        return entries.size();
    }

    /** Who reads the same rows: the system, or an organisation with its staff standing. */
    static String viewer(Caller caller) {
        if (caller.isSystem()) {
            return "system";
        }
        return caller.orgId() + (Actors.isStaff(caller) ? "/staff" : "/other");
    }
}
