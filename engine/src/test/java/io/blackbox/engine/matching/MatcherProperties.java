package io.blackbox.engine.matching;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MatcherProperties {
    private final Matcher matcher = new Matcher();

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9),
                // a word of hard and soft signs alone (ъъ) is written as nothing in Latin letters: no name
                Arbitraries.strings().withCharRange('а', 'я').ofMinLength(2).ofMaxLength(8)
                        .filter(w -> !w.replace("ъ", "").replace("ь", "").isEmpty()),
                Arbitraries.of("mohammed", "ali", "ltd", "llc", "al", "bin", "1", "22", "j.", "Mr", "Co.", "putin", "bill", "william"));
        return word.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void scoresAreInTheUnitInterval(@ForAll("names") String a, @ForAll("names") String b) {
        double s = matcher.scorePair(a, b, null).score();
        assertThat(s).isBetween(0.0, 1.0);
    }

    @Property(tries = 300)
    void aNameMatchesItself(@ForAll("names") String a) {
        assertThat(matcher.scorePair(a, a, null).score()).isEqualTo(1.0);
    }

    @Property(tries = 300)
    void scoringIsSymmetric(@ForAll("names") String a, @ForAll("names") String b) {
        assertThat(matcher.scorePair(a, b, null).score()).isCloseTo(matcher.scorePair(b, a, null).score(), within(1e-3));
    }
}
