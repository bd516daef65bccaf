package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpokenLatinTests {
    private final NameNormalizer normalizer = NameNormalizer.getDefault();

    @Test
    void lettersWithACaronOrCedillaAreSpelledAsEnglishListsSpellThem() {
        assertThat(SpokenLatin.spoken("Lukašenko")).isEqualTo("Lukashenko");
        assertThat(SpokenLatin.spoken("Čapek")).isEqualTo("Chapek");
        assertThat(SpokenLatin.spoken("Beşar")).isEqualTo("Beshar");
        assertThat(SpokenLatin.spoken("Žukov")).isEqualTo("Zhukov");
    }

    @Test
    void polishDigraphsWhenTheNameIsPolish() {
        assertThat(SpokenLatin.spoken("Łukaszenka")).isEqualTo("Łukashenka");
        assertThat(SpokenLatin.spoken("Baszszar")).isEqualTo("Bashshar");
        assertThat(SpokenLatin.spoken("Rzepecki")).isNull(); // rz alone says nothing of the language
    }

    @Test
    void aBalticNominativeEndingIsLeftOffAWord() {
        assertThat(SpokenLatin.spoken("Mičs Makonels")).isEqualTo("Mich Makonel");
        assertThat(SpokenLatin.spoken("Aliaksandras Lukašenka")).isEqualTo("Aliaksandr Lukashenka");
        assertThat(SpokenLatin.spoken("Bašārs al Asads")).isEqualTo("Bashār al Asad");
        // the ending of a Latvian name of its own goes too; the name's own spelling stays the first variant
        assertThat(SpokenLatin.spoken("Jānis Kalns")).isEqualTo("Jān Kaln");
        assertThat(normalizer.variants("Jānis Kalns").getFirst().latin()).isEqualTo("janis kalns");
        // not after a vowel, nor from a word of three letters
        assertThat(SpokenLatin.spoken("Žaks Dubois")).isEqualTo("Zhak Dubois");
        assertThat(SpokenLatin.spoken("Šis")).isEqualTo("Shis");
    }

    @Test
    void otherNamesHaveNoSecondSpelling() {
        assertThat(SpokenLatin.spoken("John Smith")).isNull();
        assertThat(SpokenLatin.spoken("Müller")).isNull();
    }

    @Test
    void theSecondSpellingIsAVariantAndTheNameKeepsItsOwn() {
        assertThat(normalizer.variants("Lukašenka").stream().map(NormalizedName::latin))
                .containsExactly("lukasenka", "lukashenka");
        assertThat(normalizer.variants("Lukashenka")).hasSize(1);
        // Greek writes the ch of foreign names τσ: Μιτς is also read mich
        assertThat(normalizer.variants("Μιτς").stream().map(NormalizedName::latin)).contains("mits", "mich");
    }
}
