package io.blackbox.engine.linking;

import java.util.Arrays;

/**
 * The learned Fellegi–Sunter parameters: for each feature and level, m (probability of the level
 * among pairs of the same actor) and u (among pairs of different actors), and the prior probability
 * that a candidate pair is a match. Level 0 (missing) is ignored. A value the server can persist.
 *
 * @param prior match probability of a candidate pair before looking at it, in (0, 1)
 * @param m     m[feature.ordinal()][level]
 * @param u     u[feature.ordinal()][level]
 */
public record ModelParameters(double prior, double[][] m, double[][] u) {

    public ModelParameters {
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("prior " + prior + " is not in (0, 1)");
        }
        m = copy(m, "m");
        u = copy(u, "u");
    }

    private static double[][] copy(double[][] p, String name) {
        if (p == null || p.length != Feature.ALL.length) {
            throw new IllegalArgumentException(name + " needs one row per feature (" + Feature.ALL.length + ")");
        }
        double[][] c = new double[p.length][];
        for (Feature f : Feature.ALL) {
            double[] row = p[f.ordinal()];
            if (row == null || row.length != f.levelCount()) {
                throw new IllegalArgumentException(name + " row for " + f + " needs " + f.levelCount() + " levels");
            }
            for (int l = 1; l < row.length; l++) {
                if (!(row[l] > 0 && row[l] <= 1)) {
                    throw new IllegalArgumentException(name + "[" + f + "][" + f.label(l) + "] = " + row[l] + " is not in (0, 1]");
                }
            }
            c[f.ordinal()] = row.clone();
        }
        return c;
    }

    public double m(Feature f, int level) {
        return m[f.ordinal()][level];
    }

    public double u(Feature f, int level) {
        return u[f.ordinal()][level];
    }

    @Override
    public double[][] m() {
        return copy(m, "m");
    }

    @Override
    public double[][] u() {
        return copy(u, "u");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelParameters p && p.prior == prior && Arrays.deepEquals(p.m, m) && Arrays.deepEquals(p.u, u);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(prior) * 31 + Arrays.deepHashCode(m) * 17 + Arrays.deepHashCode(u);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("prior=").append(String.format("%.4g", prior));
        for (Feature f : Feature.ALL) {
            b.append("\n  ").append(f).append(':');
            for (int l = 1; l < f.levelCount(); l++) {
                b.append(String.format(" [%s m=%.3g u=%.3g]", f.label(l), m[f.ordinal()][l], u[f.ordinal()][l]));
            }
        }
        return b.toString();
    }
}
