package io.blackbox.engine.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Union-find over record indices with the two things plain connected components lack: cannot-link
 * constraints from operators' splits, and a size guard that refuses (and reports) a join that would
 * grow an actor past the limit, since such a giant is nearly always a hub that slipped through. Not
 * thread-safe; the owner serialises access.
 */
final class ActorGraph {

    private int[] parent;
    private int[] size;
    /** Each actor's records as a circular list, so members can be visited without a scan. */
    private int[] next;
    /** Roots of actors that hold an operator's merge: their shape is the operator's, not the model's. */
    private final java.util.BitSet manual = new java.util.BitSet();
    private int count;
    /** root to the cannot-link pairs with an end in that root's actor. */
    private final Map<Integer, List<int[]>> cannot = new HashMap<>();

    ActorGraph(int capacity) {
        parent = new int[Math.max(capacity, 16)];
        size = new int[parent.length];
        next = new int[parent.length];
    }

    /** An independent copy, so a result stays as it was while an incremental linker goes on. */
    ActorGraph copy() {
        ActorGraph c = new ActorGraph(parent.length);
        c.parent = parent.clone();
        c.size = size.clone();
        c.next = next.clone();
        c.manual.or(manual);
        c.count = count;
        cannot.forEach((root, pairs) -> c.cannot.put(root, new ArrayList<>(pairs)));
        return c;
    }

    /** Adds a record as its own actor and returns its index. */
    int add() {
        if (count == parent.length) {
            parent = Arrays.copyOf(parent, count * 2);
            size = Arrays.copyOf(size, count * 2);
            next = Arrays.copyOf(next, count * 2);
        }
        parent[count] = count;
        size[count] = 1;
        next[count] = count;
        return count++;
    }

    int count() {
        return count;
    }

    int find(int x) {
        int r = x;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[x] != r) {
            int next = parent[x];
            parent[x] = r;
            x = next;
        }
        return r;
    }

    int sizeOf(int x) {
        return size[find(x)];
    }

    void markManual(int x) {
        manual.set(find(x));
    }

    boolean isManual(int x) {
        return manual.get(find(x));
    }

    void forbid(int a, int b) {
        int[] pair = {a, b};
        cannot.computeIfAbsent(find(a), k -> new ArrayList<>()).add(pair);
        cannot.computeIfAbsent(find(b), k -> new ArrayList<>()).add(pair);
    }

    /** Whether a cannot-link pair keeps the actors of a and b apart. */
    boolean forbidden(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        List<int[]> la = cannot.getOrDefault(ra, List.of());
        List<int[]> lb = cannot.getOrDefault(rb, List.of());
        for (int[] p : la.size() <= lb.size() ? la : lb) {
            int r0 = find(p[0]);
            int r1 = find(p[1]);
            if ((r0 == ra && r1 == rb) || (r0 == rb && r1 == ra)) {
                return true;
            }
        }
        return false;
    }

    /** Joins the actors of a and b unconditionally; returns the new root. */
    int union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return ra;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        if (manual.get(rb)) {
            manual.set(ra);
        }
        int t = next[ra];
        next[ra] = next[rb];
        next[rb] = t;
        List<int[]> moved = cannot.remove(rb);
        if (moved != null) {
            cannot.computeIfAbsent(ra, k -> new ArrayList<>()).addAll(moved);
        }
        return ra;
    }

    /** Up to {@code max} records of x's actor (all of them when it is small enough). */
    int[] members(int x, int max) {
        int n = Math.min(size[find(x)], max);
        int[] out = new int[n];
        int m = x;
        for (int i = 0; i < n; i++) {
            out[i] = m;
            m = next[m];
        }
        return out;
    }

    /** The root of every record, indexed by record. */
    int[] roots() {
        int[] r = new int[count];
        for (int i = 0; i < count; i++) {
            r[i] = find(i);
        }
        return r;
    }
}
