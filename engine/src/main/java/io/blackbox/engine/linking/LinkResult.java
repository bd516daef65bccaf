package io.blackbox.engine.linking;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of a batch run: each record's actor, the new {@link LinkState}, hubs found, issues,
 * explanations on demand, and an {@link IncrementalLinker} to continue from. Reads are thread-safe.
 */
public final class LinkResult {

    /**
     * Counts and timings of a run.
     *
     * @param records        records linked
     * @param blocks         blocks used
     * @param oversizedBlocks blocks skipped for exceeding the size cap
     * @param candidatePairs pairs scored
     * @param matchedPairs   pairs at or above the threshold
     * @param joins          joins made (pairs already together do not count)
     * @param prepareMillis  normalising and hub detection
     * @param trainMillis    blocking and EM
     * @param scoreMillis    scoring all candidate pairs
     * @param clusterMillis  joining, ids
     */
    public record Stats(int records, int blocks, int oversizedBlocks, long candidatePairs, int matchedPairs, int joins,
                        long prepareMillis, long trainMillis, long scoreMillis, long clusterMillis) {
    }

    private final LinkOptions options;
    private final PreparedRecord[] records;
    private final Map<String, Integer> indexOf;
    private final LinkModel model;
    private final ActorGraph graph;
    private final LinkState state;
    private final List<Hub> hubs;
    private final List<LinkIssue> issues;
    private final Stats stats;
    private final Collection<ManualDecision> decisions;
    private final Set<String> hubKeys;
    private final NameSimilarity similarity;
    private final NameNormaliser normaliser;

    LinkResult(LinkOptions options, PreparedRecord[] records, Map<String, Integer> indexOf, LinkModel model,
               ActorGraph graph, LinkState state, List<Hub> hubs, List<LinkIssue> issues, Stats stats,
               Collection<ManualDecision> decisions, Set<String> hubKeys, NameSimilarity similarity,
               NameNormaliser normaliser) {
        this.options = options;
        this.records = records;
        this.indexOf = indexOf;
        this.model = model;
        this.graph = graph;
        this.state = state;
        this.hubs = List.copyOf(hubs);
        this.issues = List.copyOf(issues);
        this.stats = stats;
        this.decisions = List.copyOf(decisions);
        this.hubKeys = Set.copyOf(hubKeys);
        this.similarity = similarity;
        this.normaliser = normaliser;
    }

    /** The actor of a record. */
    public ActorId actorOf(String recordId) {
        ActorId id = state.actors().get(recordId);
        if (id == null) {
            throw new IllegalArgumentException("record '" + recordId + "' was not part of this run");
        }
        return id;
    }

    public LinkState state() {
        return state;
    }

    public ModelParameters parameters() {
        return model.parameters();
    }

    /** Hubs that connected records in this run, detected or from the operator list, most used first. */
    public List<Hub> hubs() {
        return hubs;
    }

    public List<LinkIssue> issues() {
        return issues;
    }

    public Stats stats() {
        return stats;
    }

    /** Why two records of this run are or are not linked by the model. */
    public Explanation explain(String leftId, String rightId) {
        return model.explain(records[index(leftId)], records[index(rightId)]);
    }

    /**
     * The network view: for each hub value ({@code kind:value}), the actors whose reports quote it.
     * Hubs connect actors here without merging them.
     */
    public Map<String, Set<ActorId>> network() {
        Map<String, Set<ActorId>> net = new HashMap<>();
        for (PreparedRecord r : records) {
            for (String k : r.hubKeys) {
                net.computeIfAbsent(HubKind.ofKey(k).name().toLowerCase(java.util.Locale.ROOT) + ":" + k.substring(2),
                        x -> new TreeSet<>()).add(state.actors().get(r.id));
            }
        }
        return net;
    }

    /** An incremental linker continuing from this run with its model, hubs and actors. */
    public IncrementalLinker incremental() {
        return new IncrementalLinker(options, records, model, graph, state, decisions, indexOf, hubKeys, similarity,
                normaliser);
    }

    private int index(String id) {
        Integer i = indexOf.get(id);
        if (i == null) {
            throw new IllegalArgumentException("record '" + id + "' was not part of this run");
        }
        return i;
    }
}
