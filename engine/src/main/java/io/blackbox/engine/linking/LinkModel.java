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
        for (Feature f : Feature.ALL) {
            exactPrior[f.ordinal()] = EmTrainer.initialU(f)[1];
        }
        for (Feature f : Feature.ALL) {
            double[] w = new double[f.levelCount()];
            for (int l = 1; l < w.length; l++) {
                w[l] = log2(params.m(f, l) / params.u(f, l));
            }
            weights[f.ordinal()] = w;
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
