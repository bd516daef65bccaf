package io.blackbox.engine.linking;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Name similarity by Jaro-Winkler with token alignment: the best of the whole strings, the strings
 * without spaces ("alphatech" / "alpha tech") and a symmetric best-match average over tokens, so word
 * order and extra middle names cost little. Numeric tokens must agree exactly, since "12" and "21" are
 * different houses. Thread-safe.
 */
public final class TokenJaroWinkler implements NameSimilarity {

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    @Override
    public double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (a.equals(b)) {
            return 1.0;
        }
        String[] ta = a.split(" ");
        String[] tb = b.split(" ");
        double tokens = tokenScore(ta, tb);
        if (ta.length == 1 && tb.length == 1) {
            return tokens;
        }
        double whole = JW.apply(a, b);
        double joined = JW.apply(a.replace(" ", ""), b.replace(" ", ""));
        return Math.max(tokens, Math.max(whole, joined) * 0.97);
    }

    /** Symmetric Monge-Elkan: each token's best partner on the other side, weighted by token length. */
    static double tokenScore(String[] ta, String[] tb) {
        double sum = 0;
        double weight = 0;
        for (String t : ta) {
            double w = Math.min(t.length(), 8);
            sum += w * best(t, tb);
            weight += w;
        }
        for (String t : tb) {
            double w = Math.min(t.length(), 8);
            sum += w * best(t, ta);
            weight += w;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    private static double best(String t, String[] others) {
        double best = 0;
        boolean numeric = isNumeric(t);
        for (String o : others) {
            double s;
            if (t.equals(o)) {
                return 1.0;
            } else if (numeric || isNumeric(o)) {
                s = 0;
            } else if (t.charAt(0) != o.charAt(0) && Math.min(t.length(), o.length()) <= 2) {
                s = 0;
            } else {
                s = JW.apply(t, o);
            }
            if (s > best) {
                best = s;
            }
        }
        return best;
    }

    private static boolean isNumeric(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
