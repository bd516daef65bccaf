package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BurmeseTests {

    @Test
    void eachSyllableIsAWordAsBurmeseNamesAreSpelledInLatinLetters() {
        assertThat(Burmese.romanize("မင်းအောင်လှိုင်", false)).isEqualTo("min aung hlaing");
        assertThat(Burmese.romanize("သိန်းစိန်", false)).isEqualTo("thein sein");
        assertThat(Burmese.romanize("ထင်ကျော်", false)).isEqualTo("htin kyaw");
    }

    @Test
    void joinedTheSyllablesOfAWordMakeOneWord() {
        assertThat(Burmese.romanize("ဗလာဒီမီယာ ပူတင်", true)).isEqualTo("baladimiya putin");
    }

    @Test
    void medialSignsChangeTheInitial() {
        assertThat(Burmese.romanize("ရွှေ", false)).isEqualTo("shwe"); // ရ with ွ and ှ
        assertThat(Burmese.romanize("ကြည်", false)).isEqualTo("kyi"); // ြ after က
        assertThat(Burmese.romanize("ထွန်း", false)).isEqualTo("htun"); // ွန် is un
        assertThat(Burmese.romanize("ချစ်", false)).isEqualTo("chit");
    }

    @Test
    void aConsonantStackedUnderAFinalStartsTheNextSyllable() {
        assertThat(Burmese.romanize("မန္တလေး", false)).isEqualTo("man ta le");
    }

    @Test
    void theVowelLetterUIsTheHonorificFirstAndOoAfterASyllable() {
        assertThat(Burmese.romanize("ဦးသန့်", false)).isEqualTo("u than");
        assertThat(Burmese.romanize("မြတ်ထွန်းဦး", false)).isEqualTo("myat htun oo");
    }

    @Test
    void digitsAndPunctuationOfTheScript() {
        assertThat(Burmese.romanize("၁၂၃", false)).isEqualTo("123");
        assertThat(Burmese.romanize("မင်း၊အောင်", false)).isEqualTo("min aung");
    }
}
