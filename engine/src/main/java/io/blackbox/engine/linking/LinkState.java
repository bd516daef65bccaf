package io.blackbox.engine.linking;

import java.util.Map;

/**
 * What must be kept between runs for actor ids to stay stable: each record's actor, the aliases of
 * merged actors, and the next free sequence number. A value the server can persist.
 *
 * @param actors       record id to actor id
 * @param aliases      redirects of merged-away actor ids
 * @param nextSequence the sequence number of the next new actor
 */
public record LinkState(Map<String, ActorId> actors, AliasMap aliases, long nextSequence) {

    public LinkState {
        actors = Map.copyOf(actors);
        if (aliases == null) {
            throw new IllegalArgumentException("aliases must not be null (use AliasMap.empty())");
        }
        if (nextSequence < 1) {
            throw new IllegalArgumentException("nextSequence " + nextSequence + " must be at least 1");
        }
    }

    public static LinkState empty() {
        return new LinkState(Map.of(), AliasMap.empty(), 1);
    }
}
