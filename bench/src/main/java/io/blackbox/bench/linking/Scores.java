package io.blackbox.bench.linking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering accuracy against a ground truth: pairwise precision, recall and F1 (over all pairs of
 * records placed together) and B-cubed (per record, averaged).
 *
 * @param precision   pairwise precision
 * @param recall      pairwise recall
 * @param f1          pairwise F1
 * @param b3Precision B-cubed precision
 * @param b3Recall    B-cubed recall
 * @param b3F1        B-cubed F1
 * @param truePairs   pairs of records of the same true entity
 * @param foundPairs  pairs of records placed in the same cluster
 */
public record Scores(double precision, double recall, double f1, double b3Precision, double b3Recall, double b3F1,
                     long truePairs, long foundPairs) {

    /** @param truth entity of each record; @param predicted cluster of each record, same order */
    public static Scores of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth has " + truth.size() + " records, prediction " + predicted.size());
        }
        Map<String, Integer> trueSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            trueSize.merge(truth.get(i), 1, Integer::sum);
            predSize.merge(predicted.get(i), 1, Integer::sum);
            both.merge(truth.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
        }
        long tp = both.values().stream().mapToLong(Scores::pairs).sum();
        long t = trueSize.values().stream().mapToLong(Scores::pairs).sum();
        long p = predSize.values().stream().mapToLong(Scores::pairs).sum();
        double precision = p == 0 ? 1 : tp / (double) p;
        double recall = t == 0 ? 1 : tp / (double) t;
        double bp = 0;
        double br = 0;
        for (int i = 0; i < truth.size(); i++) {
            int common = both.get(truth.get(i) + "\u0000" + predicted.get(i));
            bp += common / (double) predSize.get(predicted.get(i));
            br += common / (double) trueSize.get(truth.get(i));
        }
        bp /= truth.size();
        br /= truth.size();
        return new Scores(precision, recall, f1(precision, recall), bp, br, f1(bp, br), t, p);
    }

    private static long pairs(int n) {
        return (long) n * (n - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("pairwise P=%.4f R=%.4f F1=%.4f | B-cubed P=%.4f R=%.4f F1=%.4f | true pairs %d, found %d",
                precision, recall, f1, b3Precision, b3Recall, b3F1, truePairs, foundPairs);
    }
}
