package io.blackbox.engine.matching;

/**
 * Bounded edit distances between tokens: Levenshtein's, and the restricted Damerau-Levenshtein distance
 * (optimal string alignment) in which two neighbouring letters written in the wrong order count as one
 * edit ("Allne" for Allen, "Brneda" for Brenda), as a letter added, dropped or replaced does, and no
 * substring is edited twice. Levenshtein counts a transposition as two edits, so the commonest typing
 * slip would cost a name as much as two wrong letters.
 */
final class EditDistance {
    private EditDistance() {
    }

    /**
     * The distance between {@code a} and {@code b}, or -1 when it exceeds {@code max}; with
     * {@code transpositions} a swap of neighbours is one edit, else two. Work is confined to the diagonal
     * band the bound allows, and stops as soon as a whole row exceeds it.
     */
    static int bounded(String a, String b, int max, boolean transpositions) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return -1;
        }
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        int outside = max + 1; // any value beyond the bound: cells outside the band
        int[] before = new int[m + 1]; // row i - 2
        int[] previous = new int[m + 1]; // row i - 1
        int[] current = new int[m + 1]; // row i
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= max ? j : outside;
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[0] = i <= max ? i : outside;
            if (from > 1) {
                current[from - 1] = outside;
            }
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (transpositions && i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                d = Math.min(d, outside);
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (to < m) {
                current[to + 1] = outside;
            }
            if (rowMin > max) {
                return -1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        int d = previous[m];
        return d <= max ? d : -1;
    }
}
