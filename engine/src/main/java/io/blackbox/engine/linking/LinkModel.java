package io.blackbox.engine.linking;

import java.util.ArrayList;
import java.util.List;

/**
 * A trained Fellegi–Sunter model: scores a pair of prepared records as the sum of per-feature weights
 * log2(m/u), with exact agreements weighted by the term frequency of the shared value, so a common name
 * or a popular domain weighs less than a rare one. Immutable and thread-safe.
 */
final class LinkModel {

    private final ModelParameters params;
    private final TermFrequencies tf;
    private final PairComparator comparator;
    private final double threshold;
    private final double cohesion;
    private final double priorWeight;
    private final double[][] weights;
    private final double[] exactPrior;
    /** Per feature, the best weight of any level but exact agreement. */
    private final double[] bestInexact;
    private static final int NAME = Feature.NAME.ordinal();
    private static final int ADDRESS = Feature.ADDRESS.ordinal();

    LinkModel(ModelParameters params, TermFrequencies tf, PairComparator comparator, double threshold,
              double cohesion) {
        this.params = params;
        this.cohesion = cohesion;
        this.tf = tf;
        this.comparator = comparator;
        this.threshold = threshold;
        this.priorWeight = log2(params.prior() / (1 - params.prior()));
        this.weights = new double[Feature.ALL.length][];
        this.exactPrior = new double[Feature.ALL.length];
        this.bestInexact = new double[Feature.ALL.length];
        for (Feature f : Feature.ALL) {
            exactPrior[f.ordinal()] = EmTrainer.initialU(f)[1];
        }
        for (Feature f : Feature.ALL) {
            double[] w = new double[f.levelCount()];
            for (int l = 1; l < w.length; l++) {
                w[l] = log2(params.m(f, l) / params.u(f, l));
            }
            weights[f.ordinal()] = w;
            double best = 0;
            for (int l = 2; l < w.length; l++) {
                best = Math.max(best, w[l]);
            }
            bestInexact[f.ordinal()] = best;
        }
    }

    ModelParameters parameters() {
        return params;
    }

    double threshold() {
        return threshold;
    }

    /** Mean match probability across two actors needed to join them. */
    double cohesion() {
        return cohesion;
    }

    /** The total weight (bits, prior included) that a pair needs to be linked. */
    double thresholdWeight() {
        return log2(threshold / (1 - threshold));
    }

    TermFrequencies termFrequencies() {
        return tf;
    }

    /**
     * The total weight if it can reach {@code min}, else negative infinity. The cheap exact features
     * are compared first; the name and address comparisons (Jaro-Winkler over tokens, most of the cost)
     * are skipped when even their best level could not lift the pair to {@code min}, which is the fate
     * of most candidates from word blocks.
     */
    double scoreIfAtLeast(PreparedRecord a, PreparedRecord b, double min) {
        int[] levels = new int[Feature.ALL.length];
        String[] shared = new String[Feature.ALL.length];
        comparator.compareExact(a, b, levels, shared);
        double total = priorWeight;
        for (int f = 0; f < levels.length; f++) {
            if (f != NAME && f != ADDRESS) {
                total += weight(f, levels[f], shared[f]);
            }
        }
        double nameBest = bestPossible(NAME, a.name, b.name, "n:");
        double addressBest = bestPossible(ADDRESS, a.address, b.address, "a:");
        if (total + nameBest + addressBest < min) {
            return Double.NEGATIVE_INFINITY;
        }
        comparator.compareName(a, b, levels, shared);
        total += weight(NAME, levels[NAME], shared[NAME]);
        if (total + addressBest < min) {
            return Double.NEGATIVE_INFINITY;
        }
        comparator.compareAddress(a, b, levels, shared);
        return total + weight(ADDRESS, levels[ADDRESS], shared[ADDRESS]);
    }

    /** The highest weight a name or address comparison could give, from an equality test alone. */
    private double bestPossible(int f, String x, String y, String prefix) {
        if (x == null || y == null) {
            return 0;
        }
        if (x.equals(y)) {
            return weight(f, 1, prefix + x);
        }
        return bestInexact[f];
    }

    /** Total weight of a pair in bits, prior included. */
    double score(PreparedRecord a, PreparedRecord b) {
        int[] levels = new int[Feature.ALL.length];
        String[] shared = new String[Feature.ALL.length];
        comparator.compare(a, b, levels, shared);
        double total = priorWeight;
        for (int f = 0; f < levels.length; f++) {
            total += weight(f, levels[f], shared[f]);
        }
        return total;
    }

    Explanation explain(PreparedRecord a, PreparedRecord b) {
        int[] levels = new int[Feature.ALL.length];
        String[] shared = new String[Feature.ALL.length];
        comparator.compare(a, b, levels, shared);
        double total = priorWeight;
        List<FeatureWeight> parts = new ArrayList<>();
        for (Feature f : Feature.ALL) {
            int i = f.ordinal();
            double w = weight(i, levels[i], shared[i]);
            total += w;
            String detail = shared[i] == null ? null : shared[i].substring(2);
            parts.add(new FeatureWeight(f, f.label(levels[i]), detail, w));
        }
        double p = probability(total);
        return new Explanation(a.id, b.id, priorWeight, parts, total, p, p >= threshold);
    }

    private double weight(int f, int level, String shared) {
        if (level == 0) {
            return 0;
        }
        if (level == 1 && shared != null) {
            // term-frequency adjustment: u of agreeing on this very value, never above the level's own
            // u from random pairs so that a frequent value weighs less but never becomes evidence against
            double u = Math.min(tf.u(shared, exactPrior[f]), 1.0);
            double w = log2(params.m(Feature.ALL[f], 1) / u);
            return Math.max(w, Math.min(weights[f][1], 0.0));
        }
        return weights[f][level];
    }

    static double probability(double bits) {
        return 1 / (1 + Math.pow(2, -bits));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
