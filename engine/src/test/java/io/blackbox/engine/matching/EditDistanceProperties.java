package io.blackbox.engine.matching;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The banded edit distances must equal the textbook full-table ones wherever they answer. */
class EditDistanceProperties {
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    @Property(tries = 3000)
    void withoutTranspositionsItIsLevenshtein(@ForAll @CharRange(from = 'a', to = 'd') @StringLength(max = 14) String a,
                                              @ForAll @CharRange(from = 'a', to = 'd') @StringLength(max = 14) String b,
                                              @ForAll @IntRange(max = 8) int max) {
        int full = LEVENSHTEIN.apply(a, b);
        assertThat(EditDistance.bounded(a, b, max, false)).isEqualTo(full <= max ? full : -1);
    }

    @Property(tries = 3000)
    void withTranspositionsItIsTheOptimalStringAlignment(
            @ForAll @CharRange(from = 'a', to = 'd') @StringLength(max = 14) String a,
            @ForAll @CharRange(from = 'a', to = 'd') @StringLength(max = 14) String b,
            @ForAll @IntRange(max = 8) int max) {
        int full = optimalStringAlignment(a, b);
        assertThat(EditDistance.bounded(a, b, max, true)).isEqualTo(full <= max ? full : -1);
    }

    @Property(tries = 1000)
    void aSwapOfNeighboursIsOneEdit(@ForAll @CharRange(from = 'a', to = 'z') @StringLength(min = 2, max = 16) String a,
                                    @ForAll @IntRange(max = 14) int at) {
        int i = at % (a.length() - 1);
        String swapped = a.substring(0, i) + a.charAt(i + 1) + a.charAt(i) + a.substring(i + 2);
        int expected = a.equals(swapped) ? 0 : 1;
        assertThat(EditDistance.bounded(a, swapped, 3, true)).isEqualTo(expected);
        assertThat(EditDistance.bounded(a, swapped, 3, false)).isEqualTo(2 * expected);
    }

    @Test
    void namesWithTheirCommonestSlips() {
        assertThat(EditDistance.bounded("allen", "allne", 2, true)).isEqualTo(1);
        assertThat(EditDistance.bounded("allen", "allne", 2, false)).isEqualTo(2);
        assertThat(EditDistance.bounded("brenda", "brneda", 2, true)).isEqualTo(1);
        // no substring is edited twice: "ca" to "abc" is three edits, not two
        assertThat(EditDistance.bounded("ca", "abc", 5, true)).isEqualTo(3);
        assertThat(EditDistance.bounded("rotenberg", "rothenburg", 1, true)).isEqualTo(-1);
        assertThat(EditDistance.bounded("", "abc", 3, true)).isEqualTo(3);
        assertThat(EditDistance.bounded("", "abcd", 3, true)).isEqualTo(-1);
        assertThatThrownBy(() -> EditDistance.bounded("a", "b", -1, true)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The full table, no band and no early stop. */
    private static int optimalStringAlignment(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
