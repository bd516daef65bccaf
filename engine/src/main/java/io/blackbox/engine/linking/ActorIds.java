package io.blackbox.engine.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives clusters stable actor ids: each previous id goes to the cluster holding most of its records
 * (older ids first on ties); a cluster that inherits nothing gets a new id; a previous id that lost to
 * another in the same cluster (a merge) becomes an alias of the winner.
 */
final class ActorIds {

    private ActorIds() {
    }

    /** @param roots cluster root of each record; @param ids record ids in the same order */
    static LinkState assign(int[] roots, String[] ids, LinkState previous) {
        Map<Integer, Map<ActorId, Integer>> votes = new HashMap<>();
        for (int i = 0; i < roots.length; i++) {
            ActorId old = previous.actors().get(ids[i]);
            if (old != null) {
                votes.computeIfAbsent(roots[i], r -> new HashMap<>())
                        .merge(previous.aliases().resolve(old), 1, Integer::sum);
            }
        }
        record Vote(int root, ActorId id, int count) {
        }
        List<Vote> all = new ArrayList<>();
        votes.forEach((root, m) -> m.forEach((id, c) -> all.add(new Vote(root, id, c))));
        all.sort(Comparator.comparingInt(Vote::count).reversed().thenComparing(Vote::id).thenComparingInt(Vote::root));
        Map<Integer, ActorId> idOfRoot = new HashMap<>();
        Set<ActorId> used = new HashSet<>();
        for (Vote v : all) {
            if (!idOfRoot.containsKey(v.root()) && !used.contains(v.id())) {
                idOfRoot.put(v.root(), v.id());
                used.add(v.id());
            }
        }
        long next = previous.nextSequence();
        Map<String, ActorId> actors = new HashMap<>(roots.length * 2);
        for (int i = 0; i < roots.length; i++) {
            ActorId id = idOfRoot.get(roots[i]);
            if (id == null) {
                id = ActorId.of(next++);
                idOfRoot.put(roots[i], id);
            }
            actors.put(ids[i], id);
        }
        AliasMap aliases = previous.aliases();
        // votes are sorted by count, so the first unplaced vote of an id names the cluster most of it went to
        Set<ActorId> aliased = new HashSet<>();
        for (Vote v : all) {
            if (!used.contains(v.id()) && aliased.add(v.id())) {
                aliases = aliases.with(v.id(), idOfRoot.get(v.root()));
            }
        }
        return new LinkState(actors, aliases, next);
    }
}
