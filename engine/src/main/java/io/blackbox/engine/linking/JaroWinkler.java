package io.blackbox.engine.linking;

/**
 * Jaro-Winkler similarity without allocation beyond two small flag arrays: the linker compares
 * hundreds of millions of token pairs, where commons-text's general version spends most of its time
 * allocating. Same definition: matching window max(|a|,|b|)/2 - 1, prefix bonus 0.1 per common leading
 * character up to four, applied only above 0.7.
 */
final class JaroWinkler {

    private JaroWinkler() {
    }

    static double similarity(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return la == lb ? 1.0 : 0.0;
        }
        if (a.equals(b)) {
            return 1.0;
        }
        if (la > lb) {
            String t = a;
            a = b;
            b = t;
            la = a.length();
            lb = b.length();
        }
        int window = Math.max(0, lb / 2 - 1);
        long[] matchedB = new long[(lb + 63) >>> 6];
        long[] matchedA = new long[(la + 63) >>> 6];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((matchedB[j >>> 6] & (1L << j)) == 0 && b.charAt(j) == c) {
                    matchedB[j >>> 6] |= 1L << j;
                    matchedA[i >>> 6] |= 1L << i;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if ((matchedA[i >>> 6] & (1L << i)) != 0) {
                while ((matchedB[j >>> 6] & (1L << j)) == 0) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        if (jaro <= 0.7) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(4, la);
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
