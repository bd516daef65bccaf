package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolivanovTests {
    @Test
    void japaneseNamesInCyrillicAreReadAsHepburn() {
        assertThat(Polivanov.hepburn("Синдзо Абэ")).isEqualTo("shinzo abe");
        assertThat(Polivanov.hepburn("Судзуки Итиро")).isEqualTo("suzuki ichiro");
        // a doubled consonant, a й after a vowel, ъ before a vowel after the moraic н
        assertThat(Polivanov.hepburn("Хаттори Хандзо")).isEqualTo("hattori hanzo");
        assertThat(Polivanov.hepburn("Сайто Такаси")).isEqualTo("saito takashi");
        assertThat(Polivanov.hepburn("Кэнъити Синода")).isEqualTo("kenichi shinoda");
        assertThat(Polivanov.hepburn("Тиё Сэнсю")).isEqualTo("chiyo senshu");
    }

    @Test
    void namesThatAreNotJapaneseOrThatLettersReadRightAreLeftAlone() {
        // consonant clusters no Japanese syllable has
        assertThat(Polivanov.hepburn("Владимир Путин")).isNull();
        assertThat(Polivanov.hepburn("Сергей Абрамов")).isNull();
        // nothing the letter-by-letter reading gets wrong
        assertThat(Polivanov.hepburn("Ямада Таро")).isNull();
    }

    @Test
    void theReadingIsAVariantOfTheName() {
        assertThat(NameNormalizer.getDefault().variants("Синдзо Абэ").stream().map(NormalizedName::latin))
                .contains("sindzo abe", "shinzo abe");
    }
}
