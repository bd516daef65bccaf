package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnlistedScriptsTests {

    @Test
    void aKhmerConsonantIsSaidWithItsVowelOnlyWhereItOpensASyllable() {
        // ក opens the word (ka); ម closes the syllable after a vowel; the coeng joins ព under it
        assertThat(UnlistedScripts.romanize("កម្ពុជា")).isEqualTo("kampuchea");
        // the last consonant of a word has no vowel of its own
        assertThat(UnlistedScripts.romanize("ពូទីន")).isEqualTo("putin");
        // a consonant before the coeng is the first of a cluster
        assertThat(UnlistedScripts.romanize("ក្រសួង")).isEqualTo("krasuong");
    }

    @Test
    void khmerSaysItsVowelsByTheSeriesOfTheConsonant() {
        // ន and រ are of the second series: o, and ោ as o (Norodom); ជា is chea, as in Chea Sim
        assertThat(UnlistedScripts.romanize("នរោត្តម")).isEqualTo("norottam");
        assertThat(UnlistedScripts.romanize("ជា")).isEqualTo("chea");
        // the triisap moves ស to the second series, the muusikatoan វ to the first
        assertThat(UnlistedScripts.romanize("ស៊ីម")).isEqualTo("sim");
        // a word of one consonant says its vowel
        assertThat(UnlistedScripts.romanize("ស")).isEqualTo("sa");
    }

    @Test
    void aSinhalaConsonantHasItsVowelUnlessTheAlLakunaSilencesIt() {
        assertThat(UnlistedScripts.romanize("මහින්ද")).isEqualTo("mahinda");
        assertThat(UnlistedScripts.romanize("පුටින්")).isEqualTo("putin");
    }

    @Test
    void aLaoVowelWrittenBeforeItsConsonantIsReadAfterIt() {
        assertThat(UnlistedScripts.romanize("ໄກ")).isEqualTo("kai");
        assertThat(UnlistedScripts.romanize("ໂຊ")).isEqualTo("so");
        // the vowel carrier after a bare consonant writes o
        assertThat(UnlistedScripts.romanize("ສອນ")).isEqualTo("son");
    }

    @Test
    void otherScriptsAreReadFromTheUnicodeNamesOfTheirLetters() {
        assertThat(UnlistedScripts.romanize("ᏣᎳᎩ")).isEqualTo("tsalagi"); // Cherokee syllables
        assertThat(UnlistedScripts.romanize("ꦥꦸꦠꦶꦤ꧀")).isEqualTo("putin"); // Javanese: suku u, wulu i, pangkon
        assertThat(UnlistedScripts.romanize("ⵜⵉⴼⵉⵏⴰⵖ")).isEqualTo("tifinagh"); // Tifinagh yat, yi, yaf
        assertThat(UnlistedScripts.romanize("ཀི")).isEqualTo("ki"); // Tibetan ka with the vowel sign i
    }

    @Test
    void keepsWhatIsNotInThoseScriptsAndReadsTheirDigitsAndPunctuation() {
        assertThat(UnlistedScripts.romanize("abc ១២៣")).isEqualTo("abc 123");
        assertThat(UnlistedScripts.romanize("សុខា។ហ៊ុន")).isEqualTo("sokha hun"); // the Khmer khan parts words
        assertThat(UnlistedScripts.hasUnlisted("Vladimir Putin")).isFalse();
        assertThat(UnlistedScripts.hasUnlisted("ពូទីន")).isTrue();
    }
}
