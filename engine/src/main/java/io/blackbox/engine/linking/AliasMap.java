package io.blackbox.engine.linking;

import java.util.HashMap;
import java.util.Map;

/**
 * Redirects from actor ids that were merged away to the id that absorbed them, so links and bookmarks
 * to an old id keep working. Immutable; {@link #with} returns a new map.
 */
public final class AliasMap {

    private static final AliasMap EMPTY = new AliasMap(Map.of());

    private final Map<ActorId, ActorId> redirects;

    private AliasMap(Map<ActorId, ActorId> redirects) {
        this.redirects = Map.copyOf(redirects);
    }

    public static AliasMap empty() {
        return EMPTY;
    }

    public static AliasMap of(Map<ActorId, ActorId> redirects) {
        AliasMap m = EMPTY;
        for (Map.Entry<ActorId, ActorId> e : redirects.entrySet()) {
            m = m.with(e.getKey(), e.getValue());
        }
        return m;
    }

    /** This map plus {@code from -> to}; rejects a redirect that would loop. */
    public AliasMap with(ActorId from, ActorId to) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("actor " + from + " cannot redirect to itself");
        }
        if (resolve(to).equals(from)) {
            throw new IllegalArgumentException("redirect " + from + " -> " + to + " would loop");
        }
        Map<ActorId, ActorId> m = new HashMap<>(redirects);
        m.put(from, to);
        // a live id must not stay an alias: once "to" absorbs "from", "to" is live
        m.remove(to);
        return new AliasMap(m);
    }

    /** The live id an id stands for: itself when it was never merged away. */
    public ActorId resolve(ActorId id) {
        ActorId current = id;
        for (int hops = 0; hops <= redirects.size(); hops++) {
            ActorId next = redirects.get(current);
            if (next == null) {
                return current;
            }
            current = next;
        }
        throw new IllegalStateException("alias chain from " + id + " loops");
    }

    public Map<ActorId, ActorId> asMap() {
        return redirects;
    }

    public int size() {
        return redirects.size();
    }
}
