package io.blackbox.engine.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links one new record at a time against everything linked so far, in milliseconds, without
 * re-clustering: candidates come from the blocking index, the model and hubs are those of the last full
 * run (a rebuild re-learns them), and the record joins the actors it matches under the same decisions and
 * size guard as a batch run. Joining two existing actors keeps the larger one's id (the older on a tie)
 * and makes the other an alias. Thread-safe: additions are serialised.
 */
public final class IncrementalLinker {

    private static final int INDEX_BITS = 24;

    private final LinkOptions options;
    private final List<PreparedRecord> records;
    private final LinkModel model;
    private final ActorGraph graph;
    private final Map<String, Integer> indexOf;
    private final Set<String> hubKeys;
    private final RecordPreparer preparer;
    /** Blocking postings of the base run: top 40 bits of key hash, then record index; sorted. */
    private final long[] base;
    /** Postings of records added since, by the same 40-bit key. */
    private final Map<Long, int[]> added = new HashMap<>();
    private final Map<Integer, ActorId> actorOfRoot = new HashMap<>();
    private AliasMap aliases;
    private long nextSequence;

    IncrementalLinker(LinkOptions options, PreparedRecord[] records, LinkModel model, ActorGraph graph, LinkState state,
                      Collection<ManualDecision> decisions, Map<String, Integer> indexOf, Set<String> hubKeys,
                      NameSimilarity similarity, NameNormaliser normaliser) {
        this.options = options;
        this.records = new ArrayList<>(Arrays.asList(records));
        this.model = model;
        this.graph = graph.copy();
        this.indexOf = new HashMap<>(indexOf);
        this.hubKeys = hubKeys;
        this.preparer = new RecordPreparer(normaliser);
        this.aliases = state.aliases();
        this.nextSequence = state.nextSequence();
        for (int i = 0; i < records.length; i++) {
            actorOfRoot.put(this.graph.find(i), state.actors().get(records[i].id));
        }
        long[][] keys = new long[records.length][];
        java.util.stream.IntStream.range(0, records.length).parallel()
                .forEach(i -> keys[i] = BlockingKeys.of(records[i]));
        int total = Arrays.stream(keys).mapToInt(k -> k.length).sum();
        long[] packed = new long[total];
        int p = 0;
        for (int i = 0; i < keys.length; i++) {
            for (long k : keys[i]) {
                packed[p++] = (k & (-1L << INDEX_BITS)) | i;
            }
        }
        Arrays.parallelSort(packed);
        this.base = packed;
        // the batch run's decisions live on as the copied graph's unions and cannot-links
        java.util.Objects.requireNonNull(decisions, "decisions");
    }

    /** Links one record and returns its actor with the reasons. */
    public synchronized LinkOutcome add(LinkRecord record) {
        if (indexOf.containsKey(record.id())) {
            throw new IllegalArgumentException("record '" + record.id() + "' is already linked");
        }
        if (records.size() + 1 >= CandidateBlocks.MAX_RECORDS) {
            throw new IllegalStateException("the incremental index is full (" + records.size() + " records); rebuild");
        }
        List<LinkIssue> issues = new ArrayList<>();
        PreparedRecord r = preparer.prepare(record, issues::add).withoutHubs(hubKeys);
        long[] keys = BlockingKeys.of(r);
        Set<Integer> candidates = new HashSet<>();
        for (long k : keys) {
            long key40 = k >>> INDEX_BITS;
            int from = lowerBound(key40 << INDEX_BITS);
            int cap = BlockingKeys.cap(k, options.maxBlockSize());
            int limit = cap + 1;
            int to = from;
            while (to < base.length && to - from < limit && (base[to] >>> INDEX_BITS) == key40) {
                to++;
            }
            int[] more = added.getOrDefault(key40, new int[0]);
            if ((to - from) + more.length > cap) {
                continue; // too common to say anything, as in the batch run
            }
            for (int x = from; x < to; x++) {
                candidates.add((int) (base[x] & ((1L << INDEX_BITS) - 1)));
            }
            for (int m : more) {
                candidates.add(m);
            }
        }
        double min = model.thresholdWeight();
        record Scored(int other, double weight) {
        }
        List<Scored> matches = new ArrayList<>();
        for (int c : candidates) {
            double w = model.scoreIfAtLeast(r, records.get(c), min);
            if (w >= min) {
                matches.add(new Scored(c, w));
            }
        }
        matches.sort(Comparator.comparingDouble(Scored::weight).reversed());

        int idx = graph.add();
        records.add(r);
        indexOf.put(r.id, idx);
        for (long k : keys) {
            long key40 = k >>> INDEX_BITS;
            int[] old = added.getOrDefault(key40, new int[0]);
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = idx;
            added.put(key40, grown);
        }
        List<Explanation> links = new ArrayList<>();
        Map<ActorId, Integer> joinedSizes = new HashMap<>();
        for (Scored m : matches) {
            int other = m.other();
            if (graph.find(other) == graph.find(idx) || graph.forbidden(idx, other)) {
                continue;
            }
            int sa = graph.sizeOf(idx);
            int sb = graph.sizeOf(other);
            if (sa + sb > options.maxClusterSize()) {
                issues.add(LinkIssue.warning(r.id, String.format("cluster-size guard: did not join %s to the actor of %d"
                        + " records holding %s (%.1f bits): a shared hub may have slipped through", r.id, sb,
                        records.get(other).id, m.weight())));
                continue;
            }
            if (sa * sb > 1 && !Linker.cohesive(graph, idx, other, records::get, model)) {
                continue;
            }
            ActorId otherActor = actorOfRoot.remove(graph.find(other));
            joinedSizes.put(otherActor, sb);
            graph.union(idx, other);
            links.add(model.explain(r, records.get(other)));
        }
        int root = graph.find(idx);
        actorOfRoot.remove(idx);
        ActorId actor;
        Set<ActorId> absorbed = new HashSet<>();
        if (joinedSizes.isEmpty()) {
            actor = ActorId.of(nextSequence++);
        } else {
            actor = joinedSizes.entrySet().stream()
                    .max(Comparator.<Map.Entry<ActorId, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            for (ActorId id : joinedSizes.keySet()) {
                if (!id.equals(actor)) {
                    aliases = aliases.with(id, actor);
                    absorbed.add(id);
                }
            }
        }
        actorOfRoot.put(root, actor);
        return new LinkOutcome(r.id, actor, joinedSizes.isEmpty(), links, absorbed, issues);
    }

    /** The current actor of a record. */
    public synchronized ActorId actorOf(String recordId) {
        Integer i = indexOf.get(recordId);
        if (i == null) {
            throw new IllegalArgumentException("record '" + recordId + "' is not linked");
        }
        return actorOfRoot.get(graph.find(i));
    }

    /** A snapshot of record actors, aliases and sequence, to persist. */
    public synchronized LinkState state() {
        Map<String, ActorId> actors = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            actors.put(records.get(i).id, actorOfRoot.get(graph.find(i)));
        }
        return new LinkState(actors, aliases, nextSequence);
    }

    public synchronized int size() {
        return records.size();
    }

    private int lowerBound(long value) {
        int lo = 0;
        int hi = base.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (base[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
