package io.blackbox.engine.linking;

import java.util.List;

/**
 * Why two records were (or were not) linked: every feature's level and weight, their sum with the
 * prior, and the resulting match probability.
 *
 * @param leftId      one record
 * @param rightId     the other
 * @param priorWeight log2 prior odds of a candidate pair
 * @param features    one entry per feature, in {@link Feature} order
 * @param totalWeight prior plus feature weights, in bits
 * @param probability the posterior match probability
 * @param linked      whether the probability reaches the linking threshold
 */
public record Explanation(String leftId, String rightId, double priorWeight, List<FeatureWeight> features,
                          double totalWeight, double probability, boolean linked) {

    public Explanation {
        features = List.copyOf(features);
    }

    /** A few lines a person can read. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%s ~ %s: p=%.4f (%.2f bits, prior %.2f) %s%n", leftId, rightId, probability, totalWeight,
                priorWeight, linked ? "LINKED" : "not linked"));
        for (FeatureWeight w : features) {
            if (!w.level().equals("missing")) {
                b.append(String.format("  %-10s %-16s %+7.2f%s%n", w.feature(), w.level(), w.weight(),
                        w.detail() == null ? "" : "  (" + w.detail() + ")"));
            }
        }
        return b.toString();
    }
}
