package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KontsevichTests {
    private final NameNormalizer normalizer = NameNormalizer.getDefault();

    @Test
    void aFinalNIsReadAsBothFinalsItWrites() {
        assertThat(Kontsevich.syllable("пон")).containsExactly("pon", "pong");
        assertThat(Kontsevich.syllable("ким")).containsExactly("kim");
        assertThat(Kontsevich.syllable("чхве")).containsExactly("choe");
        // the older spelling's е after a consonant is ŏ
        assertThat(Kontsevich.syllable("чен")).containsExactly("jon", "jong");
        assertThat(Kontsevich.syllable("ир")).containsExactly("il");
    }

    @Test
    void aNameIsReadOnlyWhenEveryWordIsOneSyllable() {
        assertThat(Kontsevich.readings("Ким Чен Ын")).hasSize(4).contains("kim jong un");
        assertThat(Kontsevich.readings("Иван Петров")).isNull();
        assertThat(Kontsevich.readings("Ким")).isNull();
    }

    @Test
    void theReadingsAreVariantsReadAsFromHangul() {
        NormalizedName read = normalizer.variants("Ким Чен Ын").stream()
                .filter(v -> v.latin().equals("kim jong un")).findFirst().orElseThrow();
        assertThat(read.tokens()).allMatch(NameToken::hangul);
        assertThat(normalizer.variants("Ким Чен Ын").getFirst().latin()).isEqualTo("kim chen yn");
    }
}
