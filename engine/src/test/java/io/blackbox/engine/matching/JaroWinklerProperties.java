package io.blackbox.engine.matching;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The matcher's own Jaro-Winkler must agree with commons-text's, which it replaces for speed. */
class JaroWinklerProperties {
    private static final JaroWinklerSimilarity REFERENCE = new JaroWinklerSimilarity();

    @Property(tries = 2000)
    void agreesWithCommonsText(@ForAll @CharRange(from = 'a', to = 'f') @StringLength(min = 1, max = 12) String a,
                               @ForAll @CharRange(from = 'a', to = 'f') @StringLength(min = 1, max = 12) String b) {
        assertThat(NameComparator.jaroWinkler(a, b)).isCloseTo(REFERENCE.apply(a, b), within(1e-9));
    }

    @Property(tries = 2000)
    void boundIsNeverBelowTheSimilarity(@ForAll @CharRange(from = 'a', to = 'h') @StringLength(min = 1, max = 12) String a,
                                        @ForAll @CharRange(from = 'a', to = 'h') @StringLength(min = 1, max = 12) String b) {
        assertThat(NameComparator.jaroWinklerBound(a, b)).isGreaterThanOrEqualTo(NameComparator.jaroWinkler(a, b) - 1e-12);
    }

    @Property(tries = 5000)
    void fuzzyNeverExceedsItsBound(@ForAll @CharRange(from = 'a', to = 'f') @StringLength(min = 1, max = 22) String a,
                                   @ForAll @CharRange(from = 'a', to = 'f') @StringLength(min = 1, max = 12) String b) {
        assertThat(NameComparator.fuzzyBound(a, b)).isGreaterThanOrEqualTo(NameComparator.fuzzy(a, b));
        assertThat(NameComparator.fuzzyBound(a, b))
                .isGreaterThanOrEqualTo(NameComparator.fuzzy(a, b, NameComparator.jaroWinkler(a, b), true));
    }

    @Property(tries = 2000)
    void aRunOfTwoWordsIsBoundedAgainstEitherWord(
            @ForAll @CharRange(from = 'a', to = 'f') @StringLength(min = 2, max = 10) String first,
            @ForAll @CharRange(from = 'a', to = 'f') @StringLength(min = 2, max = 10) String second) {
        String run = first + second;
        assertThat(NameComparator.fuzzyBound(run, first)).isGreaterThanOrEqualTo(NameComparator.fuzzy(run, first));
        assertThat(NameComparator.fuzzyBound(second, run)).isGreaterThanOrEqualTo(NameComparator.fuzzy(second, run));
    }

    @org.junit.jupiter.api.Test
    void aWholeNameAgainstOneOfItsWordsIsBoundedBelowAJoinedMatch() {
        // alike at the start, nine letters against four: five edits where two are allowed
        assertThat(NameComparator.jaroWinklerBound("johnsmith", "john")).isGreaterThan(0.85);
        assertThat(NameComparator.fuzzyBound("johnsmith", "john")).isLessThan(0.85);
        assertThat(NameComparator.fuzzyBound("abdalrahman", "abdulrahman"))
                .isGreaterThanOrEqualTo(NameComparator.fuzzy("abdalrahman", "abdulrahman")).isGreaterThan(0.85);
    }
}
