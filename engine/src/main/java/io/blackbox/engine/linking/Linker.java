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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * Links a batch of records into actors: normalise, find hubs, block, learn the model by EM, score the
 * candidate pairs, join them strongest first under operators' decisions and the size guard, and give the
 * actors stable ids. The full rebuild; {@link IncrementalLinker} adds single records afterwards.
 * Thread-safe: each {@link #link} call is independent.
 */
public final class Linker {

    private static final int MAX_GUARD_WARNINGS = 20;

    private final LinkOptions options;
    private final NameNormaliser normaliser;
    private final NameSimilarity similarity;
    private final HubList hubList;

    public Linker(LinkOptions options, NameNormaliser normaliser, NameSimilarity similarity, HubList hubList) {
        if (options == null || normaliser == null || similarity == null || hubList == null) {
            throw new IllegalArgumentException("options, normaliser, similarity and hub list are all required");
        }
        this.options = options;
        this.normaliser = normaliser;
        this.similarity = similarity;
        this.hubList = hubList;
    }

    /** A linker with default options, the shared name normaliser, token Jaro-Winkler and no listed hubs. */
    public static Linker withDefaults() {
        return new Linker(LinkOptions.defaults(), defaultNormaliser(), new TokenJaroWinkler(), HubList.empty());
    }

    /** The shared normaliser of {@code io.blackbox.engine.names}, adapted to linking. */
    public static NameNormaliser defaultNormaliser() {
        return new EngineNameNormaliser(io.blackbox.engine.names.NameNormalizer.getDefault());
    }

    public LinkResult link(List<LinkRecord> input) {
        return link(input, List.of(), LinkState.empty());
    }

    /**
     * Links records from scratch.
     *
     * @param input     the records; ids must be unique
     * @param decisions operators' merges and splits; they win over the model
     * @param previous  the state of the previous run, whose actor ids are kept where the actor is the same
     * @throws IllegalArgumentException naming a duplicate id
     */
    public LinkResult link(List<LinkRecord> input, Collection<ManualDecision> decisions, LinkState previous) {
        long t0 = System.nanoTime();
        List<LinkIssue> issues = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> indexOf = new HashMap<>(input.size() * 2);
        for (int i = 0; i < input.size(); i++) {
            if (indexOf.putIfAbsent(input.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate record id '" + input.get(i).id() + "' (rows "
                        + (indexOf.get(input.get(i).id()) + 1) + " and " + (i + 1) + ")");
            }
        }
        RecordPreparer preparer = new RecordPreparer(normaliser);
        PreparedRecord[] raw = new PreparedRecord[input.size()];
        IntStream.range(0, raw.length).parallel().forEach(i -> raw[i] = preparer.prepare(input.get(i), issues::add));

        Map<String, Integer> detected = new HubDetector(similarity, options.hubMinActors()).detect(raw);
        Set<String> hubKeys = new HashSet<>(hubList.keys());
        hubKeys.addAll(detected.keySet());
        PreparedRecord[] records = new PreparedRecord[raw.length];
        IntStream.range(0, raw.length).parallel().forEach(i -> records[i] = raw[i].withoutHubs(hubKeys));
        long tPrepared = System.nanoTime();

        TermFrequencies tf = TermFrequencies.of(records);
        CandidateBlocks blocks = new CandidateBlocks(records, options.maxBlockSize());
        PairComparator comparator = new PairComparator(similarity);
        ModelParameters params = new EmTrainer(comparator, options.seed(), options.samplePairs()).train(records, blocks);
        LinkModel model = new LinkModel(params, tf, comparator, options.threshold(), options.cohesion());
        long tTrained = System.nanoTime();

        Edges edges = score(records, blocks, model);
        long tScored = System.nanoTime();

        ActorGraph graph = new ActorGraph(records.length);
        for (int i = 0; i < records.length; i++) {
            graph.add();
        }
        applyDecisions(graph, decisions, indexOf, issues);
        int links = join(graph, edges, records, options.maxClusterSize(), issues, model);
        String[] ids = new String[records.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = records[i].id;
        }
        LinkState state = ActorIds.assign(graph.roots(), ids, previous);
        List<Hub> hubs = describeHubs(records, detected);
        long tDone = System.nanoTime();
        LinkResult.Stats stats = new LinkResult.Stats(records.length, blocks.blockCount(), blocks.oversizedBlocks(),
                edges.candidates, edges.size, links, ms(t0, tPrepared), ms(tPrepared, tTrained), ms(tTrained, tScored),
                ms(tScored, tDone));
        return new LinkResult(options, records, indexOf, model, graph, state, hubs, List.copyOf(issues), stats,
                decisions, hubKeys, similarity, normaliser);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Pairs at or above the threshold, with their weights. */
    static final class Edges {
        int[] a = new int[0];
        int[] b = new int[0];
        float[] w = new float[0];
        int size;
        long candidates;
    }

    private static Edges score(PreparedRecord[] records, CandidateBlocks blocks, LinkModel model) {
        double min = model.thresholdWeight();
        final class Buffer {
            int[] a = new int[1024];
            int[] b = new int[1024];
            float[] w = new float[1024];
            int n;
            long seen;
        }
        ConcurrentLinkedQueue<Buffer> all = new ConcurrentLinkedQueue<>();
        ThreadLocal<Buffer> local = ThreadLocal.withInitial(() -> {
            Buffer buf = new Buffer();
            all.add(buf);
            return buf;
        });
        blocks.forEachPair((x, y) -> {
            Buffer buf = local.get();
            buf.seen++;
            double s = model.scoreIfAtLeast(records[x], records[y], min);
            if (s >= min) {
                if (buf.n == buf.a.length) {
                    buf.a = Arrays.copyOf(buf.a, buf.n * 2);
                    buf.b = Arrays.copyOf(buf.b, buf.n * 2);
                    buf.w = Arrays.copyOf(buf.w, buf.n * 2);
                }
                buf.a[buf.n] = x;
                buf.b[buf.n] = y;
                buf.w[buf.n] = (float) s;
                buf.n++;
            }
        });
        Edges e = new Edges();
        int total = 0;
        for (Buffer buf : all) {
            total += buf.n;
            e.candidates += buf.seen;
        }
        e.a = new int[total];
        e.b = new int[total];
        e.w = new float[total];
        for (Buffer buf : all) {
            System.arraycopy(buf.a, 0, e.a, e.size, buf.n);
            System.arraycopy(buf.b, 0, e.b, e.size, buf.n);
            System.arraycopy(buf.w, 0, e.w, e.size, buf.n);
            e.size += buf.n;
        }
        return e;
    }

    /** Newest decision first: a decision that contradicts a newer one is skipped with a warning. */
    static void applyDecisions(ActorGraph graph, Collection<ManualDecision> decisions, Map<String, Integer> indexOf,
                               List<LinkIssue> issues) {
        List<ManualDecision> ordered = new ArrayList<>(decisions);
        ordered.sort(Comparator.comparing(ManualDecision::decidedAt).reversed());
        for (ManualDecision d : ordered) {
            int[] left = indices(d.left(), indexOf);
            int[] right = indices(d.right(), indexOf);
            if (left.length == 0 || right.length == 0) {
                issues.add(LinkIssue.warning(null, d.kind() + " decision of " + d.decidedAt() + " by " + d.operator()
                        + " names no record of this run on one side; ignored"));
                continue;
            }
            boolean conflict = false;
            for (int l : left) {
                for (int r : right) {
                    boolean contradicts = d.kind() == ManualDecision.Kind.SAME_ACTOR
                            ? graph.forbidden(l, r) : graph.find(l) == graph.find(r);
                    conflict |= contradicts;
                }
            }
            if (conflict) {
                issues.add(LinkIssue.warning(d.left().iterator().next(), d.kind() + " decision of " + d.decidedAt()
                        + " by " + d.operator() + " contradicts a newer decision; the newer one wins"));
                continue;
            }
            for (int l : left) {
                for (int r : right) {
                    if (d.kind() == ManualDecision.Kind.SAME_ACTOR) {
                        graph.union(l, r);
                        graph.markManual(l);
                    } else {
                        graph.forbid(l, r);
                    }
                }
            }
            if (d.kind() == ManualDecision.Kind.SAME_ACTOR) {
                // the sides of a merge belong together too
                for (int i = 1; i < left.length; i++) {
                    graph.union(left[0], left[i]);
                }
            }
        }
    }

    private static int[] indices(Set<String> ids, Map<String, Integer> indexOf) {
        return ids.stream().map(indexOf::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
    }

    /** Joins edges strongest first; returns how many joins were made. */
    private static int join(ActorGraph graph, Edges e, PreparedRecord[] records, int maxClusterSize,
                            List<LinkIssue> issues, LinkModel model) {
        long[] order = new long[e.size];
        for (int i = 0; i < e.size; i++) {
            // an int that orders like the float, complemented so an ascending sort puts strong links first
            int bits = Float.floatToIntBits(e.w[i]);
            int key = bits >= 0 ? bits : bits ^ 0x7fffffff;
            order[i] = ((long) ~key << 32) | i;
        }
        Arrays.parallelSort(order);
        int joins = 0;
        int refused = 0;
        Set<Verdict> refusedPairs = new HashSet<>();
        for (long o : order) {
            int i = (int) o;
            int a = e.a[i];
            int b = e.b[i];
            int ra = graph.find(a);
            int rb = graph.find(b);
            if (ra == rb || graph.forbidden(a, b)) {
                continue;
            }
            int sa = graph.sizeOf(a);
            int sb = graph.sizeOf(b);
            if (sa + sb > maxClusterSize) {
                if (refused++ < MAX_GUARD_WARNINGS) {
                    issues.add(LinkIssue.warning(records[a].id, String.format(
                            "cluster-size guard: did not join the actor of %d records holding %s with the actor of %d"
                                    + " records holding %s (link %s~%s, %.1f bits): a shared hub may have slipped"
                                    + " through; add it to the hub list, or raise the limit of %d",
                            sa, records[a].id, sb, records[b].id, records[a].id, records[b].id, e.w[i], maxClusterSize)));
                }
                continue;
            }
            if (sa * sb > 1) {
                // two actors that failed the check stay failed until one of them grows: remember the
                // verdict by roots and sizes, since many links usually run between the same two actors
                Verdict key = ra < rb ? new Verdict(ra, sa, rb, sb) : new Verdict(rb, sb, ra, sa);
                if (refusedPairs.contains(key)) {
                    continue;
                }
                if (!cohesive(graph, a, b, i2 -> records[i2], model)) {
                    refusedPairs.add(key);
                    continue;
                }
            }
            graph.union(a, b);
            joins++;
        }
        if (refused > MAX_GUARD_WARNINGS) {
            issues.add(LinkIssue.warning(null, "cluster-size guard refused " + refused + " joins in all; only the first "
                    + MAX_GUARD_WARNINGS + " are listed"));
        }
        return joins;
    }

    /** Two actors as they were when the cohesion check refused to join them: roots and sizes. */
    private record Verdict(int root1, int size1, int root2, int size2) {
    }

    /** Members compared on each side of a join at most; enough to tell a bridge from a true match. */
    private static final int COHESION_SAMPLE = 12;

    /**
     * Whether two actors about to be joined by a strong pair belong together as wholes: the mean match
     * probability over pairs across them must reach {@link LinkModel#cohesion()}. One strong pair alone
     * (two firms quoting the same forwarder, a look-alike with the same name) is not enough when the
     * other reports of both actors disagree; this stops single-link chaining from merging networks.
     */
    static boolean cohesive(ActorGraph graph, int a, int b, java.util.function.IntFunction<PreparedRecord> record,
                            LinkModel model) {
        if (graph.isManual(a) || graph.isManual(b)) {
            // an operator's merge may join records the model finds unlike; judge the join by its own pair
            return true;
        }
        int[] left = graph.members(a, COHESION_SAMPLE);
        int[] right = graph.members(b, COHESION_SAMPLE);
        double total = left.length * (double) right.length;
        double needed = model.cohesion() * total;
        double sum = 0;
        double remaining = total;
        for (int x : left) {
            for (int y : right) {
                sum += LinkModel.probability(model.score(record.apply(x), record.apply(y)));
                remaining--;
                // stop as soon as the outcome is certain: most joins of one actor's reports pass early
                if (sum >= needed) {
                    return true;
                }
                if (sum + remaining < needed) {
                    return false;
                }
            }
        }
        return sum >= needed;
    }

    private static List<Hub> describeHubs(PreparedRecord[] records, Map<String, Integer> detected) {
        Map<String, Integer> counts = new HashMap<>();
        for (PreparedRecord r : records) {
            for (String k : r.hubKeys) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        List<Hub> hubs = new ArrayList<>();
        counts.forEach((k, n) -> hubs.add(new Hub(HubKind.ofKey(k), k.substring(2), n, detected.containsKey(k))));
        hubs.sort(Comparator.comparingInt(Hub::records).reversed().thenComparing(Hub::value));
        return hubs;
    }
}
