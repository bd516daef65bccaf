package io.blackbox.engine.linking;

/**
 * Name similarity by Jaro-Winkler with token alignment: the best of the whole strings, the strings
 * without spaces ("alphatech" / "alpha tech") and a symmetric best-match average over tokens, so word
 * order and extra middle names cost little. Numeric tokens must agree exactly, since "12" and "21" are
 * different houses. Thread-safe.
 */
public final class TokenJaroWinkler implements NameSimilarity {

    @Override
    public double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        return similarity(a, a.split(" "), b, b.split(" "));
    }

    /** The same, with the tokens already split (the linker keeps them with each record). */
    static double similarity(String a, String[] ta, String b, String[] tb) {
        if (a.equals(b)) {
            return 1.0;
        }
        double tokens = tokenScore(ta, tb);
        if ((ta.length == 1 && tb.length == 1) || tokens >= 0.97) {
            return tokens;
        }
        double whole = JaroWinkler.similarity(a, b);
        double joined = ta.length == 1 || tb.length == 1
                ? JaroWinkler.similarity(String.join("", ta), String.join("", tb)) : whole;
        return Math.max(tokens, Math.max(whole, joined) * 0.97);
    }

    /**
     * Symmetric Monge-Elkan: each token's best partner on the other side, weighted by token length
     * (capped so one long word does not decide alone). One pass over the token matrix serves both sides.
     */
    static double tokenScore(String[] ta, String[] tb) {
        int na = ta.length;
        int nb = tb.length;
        if (na == 0 || nb == 0) {
            return 0;
        }
        double[] bestB = new double[nb];
        double sum = 0;
        double weight = 0;
        for (String t : ta) {
            double best = 0;
            boolean numeric = isNumeric(t);
            for (int j = 0; j < nb; j++) {
                String o = tb[j];
                double s;
                if (t.equals(o)) {
                    s = 1.0;
                } else if (numeric || isNumeric(o)) {
                    s = 0;
                } else if (t.charAt(0) != o.charAt(0) && Math.min(t.length(), o.length()) <= 2) {
                    s = 0;
                } else {
                    s = JaroWinkler.similarity(t, o);
                }
                if (s > best) {
                    best = s;
                }
                if (s > bestB[j]) {
                    bestB[j] = s;
                }
            }
            double w = Math.min(t.length(), 8);
            sum += w * best;
            weight += w;
        }
        for (int j = 0; j < nb; j++) {
            double w = Math.min(tb[j].length(), 8);
            sum += w * bestB[j];
            weight += w;
        }
        return sum / weight;
    }

    private static boolean isNumeric(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
