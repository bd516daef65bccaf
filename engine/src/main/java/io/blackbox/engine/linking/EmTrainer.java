package io.blackbox.engine.linking;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Estimates the model from the data, without labels: u-probabilities first from random pairs (almost
 * all of which are different actors), then m, u and the prior by expectation-maximisation over a sample
 * of candidate pairs, starting from those u and a prior m. u must be re-estimated on candidate pairs:
 * blocking selects pairs that share a token or a value, so non-matches among them agree far more often
 * than random pairs do, and with u held at its random-pair value EM explains that excess agreement by
 * calling nearly every candidate a match.
 */
final class EmTrainer {

    private static final int ITERATIONS = 40;

    /** Starting m per level (after "missing"): agreement likely among matches, disagreement not. */
    static double[] initialM(Feature f) {
        return switch (f) {
            case NAME -> new double[] {0, 0.5, 0.2, 0.1, 0.1, 0.05, 0.05};
            case ADDRESS -> new double[] {0, 0.45, 0.2, 0.15, 0.1, 0.1};
            case COUNTRY -> new double[] {0, 0.95, 0.05};
            case EMAIL, PHONE, DOMAIN, IDENTIFIER -> new double[] {0, 0.7, 0.3};
            case DOB -> new double[] {0, 0.85, 0.1, 0.05};
        };
    }

    /**
     * Prior u per level, worth {@link #U_PSEUDO_PAIRS} random pairs: decides the model on small inputs
     * (a few hundred rows give too few random pairs to see a chance agreement) and vanishes on large ones.
     */
    static double[] initialU(Feature f) {
        return switch (f) {
            case NAME -> new double[] {0, 1e-4, 5e-4, 1e-3, 3e-3, 0.04, 0.9554};
            case ADDRESS -> new double[] {0, 1e-4, 5e-4, 5e-3, 0.05, 0.9444};
            case COUNTRY -> new double[] {0, 0.1, 0.9};
            case EMAIL, PHONE, IDENTIFIER -> new double[] {0, 1e-5, 1 - 1e-5};
            case DOMAIN -> new double[] {0, 1e-4, 1 - 1e-4};
            case DOB -> new double[] {0, 1e-4, 3e-3, 1 - 3.1e-3};
        };
    }

    private static final double U_PSEUDO_PAIRS = 2000;

    private final PairComparator comparator;
    private final long seed;
    private final int samplePairs;

    EmTrainer(PairComparator comparator, long seed, int samplePairs) {
        if (samplePairs < 100) {
            throw new IllegalArgumentException("samplePairs " + samplePairs + " is too small to learn from");
        }
        this.comparator = comparator;
        this.seed = seed;
        this.samplePairs = samplePairs;
    }

    ModelParameters train(PreparedRecord[] records, CandidateBlocks blocks) {
        double[][] uRandom = estimateU(records);
        double[][] u = new double[uRandom.length][];
        for (int f = 0; f < u.length; f++) {
            u[f] = uRandom[f].clone();
        }
        int features = Feature.ALL.length;
        // sample candidate pairs: each kept with the probability that yields about samplePairs of them
        double keep = Math.min(1.0, samplePairs / (double) Math.max(1, blocks.pairUpperBound()));
        int capacity = (int) Math.min(samplePairs * 2L, Math.max(16, blocks.pairUpperBound()));
        byte[][] sample = new byte[capacity][];
        AtomicInteger n = new AtomicInteger();
        blocks.forEachPair((a, b) -> {
            long h = (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL) ^ seed;
            h ^= h >>> 31;
            h *= 0x94D049BB133111EBL;
            h ^= h >>> 29;
            if ((h >>> 11) * 0x1.0p-53 < keep) {
                int slot = n.getAndIncrement();
                if (slot < sample.length) {
                    sample[slot] = levels(records[a], records[b]);
                }
            }
        });
        int count = Math.min(n.get(), sample.length);
        double[][] m = new double[features][];
        for (Feature f : Feature.ALL) {
            m[f.ordinal()] = initialM(f);
        }
        double prior = 0.05;
        if (count < 20) {
            // too few candidate pairs to learn from: keep the starting m
            return new ModelParameters(prior, m, u);
        }
        double[] posterior = new double[count];
        for (int it = 0; it < ITERATIONS; it++) {
            double sumP = 0;
            for (int s = 0; s < count; s++) {
                byte[] lv = sample[s];
                double logOdds = Math.log(prior / (1 - prior));
                for (int f = 0; f < features; f++) {
                    int l = lv[f];
                    if (l > 0) {
                        logOdds += Math.log(m[f][l] / u[f][l]);
                    }
                }
                double p = 1 / (1 + Math.exp(-logOdds));
                posterior[s] = p;
                sumP += p;
            }
            double[][] mm = new double[features][];
            double[][] uu = new double[features][];
            for (Feature f : Feature.ALL) {
                mm[f.ordinal()] = new double[f.levelCount()];
                uu[f.ordinal()] = new double[f.levelCount()];
            }
            for (int s = 0; s < count; s++) {
                byte[] lv = sample[s];
                for (int f = 0; f < features; f++) {
                    mm[f][lv[f]] += posterior[s];
                    uu[f][lv[f]] += 1 - posterior[s];
                }
            }
            for (Feature f : Feature.ALL) {
                double[] row = uu[f.ordinal()];
                double total = 0;
                for (int l = 1; l < row.length; l++) {
                    total += row[l];
                }
                for (int l = 1; l < row.length; l++) {
                    // random-pair u as a prior worth a few hundred pairs keeps rare levels finite
                    double smoothed = (row[l] + 200 * uRandom[f.ordinal()][l]) / (total + 200);
                    u[f.ordinal()][l] = Math.min(Math.max(smoothed, 1e-9), 1.0);
                }
            }
            for (Feature f : Feature.ALL) {
                double[] row = mm[f.ordinal()];
                double total = 0;
                for (int l = 1; l < row.length; l++) {
                    total += row[l];
                }
                for (int l = 1; l < row.length; l++) {
                    // a little of the starting guess keeps a level never seen among matches finite
                    double smoothed = (row[l] + 0.5 * initialM(f)[l]) / (total + 0.5);
                    m[f.ordinal()][l] = Math.min(Math.max(smoothed, 1e-6), 1.0);
                }
            }
            prior = Math.min(Math.max(sumP / count, 1e-6), 0.999);
        }
        return new ModelParameters(prior, m, u);
    }

    private byte[] levels(PreparedRecord a, PreparedRecord b) {
        int[] levels = new int[Feature.ALL.length];
        String[] shared = new String[Feature.ALL.length];
        comparator.compare(a, b, levels, shared);
        byte[] out = new byte[levels.length];
        for (int i = 0; i < levels.length; i++) {
            out[i] = (byte) levels[i];
        }
        return out;
    }

    /** u per level from random pairs, smoothed towards {@link #initialU} so unseen levels stay finite. */
    double[][] estimateU(PreparedRecord[] records) {
        int features = Feature.ALL.length;
        double[][] counts = new double[features][];
        for (Feature f : Feature.ALL) {
            counts[f.ordinal()] = new double[f.levelCount()];
        }
        int n = records.length;
        long possible = (long) n * (n - 1) / 2;
        int pairs = (int) Math.min(samplePairs / 2, possible);
        // two halves in parallel, each with its own generator and counts, merged after
        int halves = 2;
        double[][][] partial = new double[halves][][];
        java.util.stream.IntStream.range(0, halves).parallel().forEach(h -> {
            double[][] c = new double[features][];
            for (Feature f : Feature.ALL) {
                c[f.ordinal()] = new double[f.levelCount()];
            }
            SplittableRandom random = new SplittableRandom(seed + h);
            int[] levels = new int[features];
            String[] shared = new String[features];
            for (int s = h; s < pairs; s += halves) {
                int a = random.nextInt(n);
                int b = random.nextInt(n - 1);
                if (b >= a) {
                    b++;
                }
                comparator.compare(records[a], records[b], levels, shared);
                for (int f = 0; f < features; f++) {
                    c[f][levels[f]]++;
                }
            }
            partial[h] = c;
        });
        for (double[][] c : partial) {
            for (int f = 0; f < features; f++) {
                for (int l = 0; l < c[f].length; l++) {
                    counts[f][l] += c[f][l];
                }
            }
        }
        double[][] u = new double[features][];
        for (Feature f : Feature.ALL) {
            double[] row = counts[f.ordinal()];
            double total = 0;
            for (int l = 1; l < row.length; l++) {
                total += row[l];
            }
            u[f.ordinal()] = new double[row.length];
            double[] u0 = initialU(f);
            for (int l = 1; l < row.length; l++) {
                u[f.ordinal()][l] = (row[l] + U_PSEUDO_PAIRS * u0[l]) / (total + U_PSEUDO_PAIRS);
            }
        }
        return u;
    }
}
