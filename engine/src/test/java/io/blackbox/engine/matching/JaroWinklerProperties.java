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
}
