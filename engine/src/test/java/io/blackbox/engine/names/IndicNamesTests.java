package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicNamesTests {
    private final NameNormalizer normalizer = NameNormalizer.getDefault();

    @Test
    void theLastConsonantOfAWordIsSaidWithoutItsVowelUnlessItEndsACluster() {
        assertThat(normalizer.normalize("राहुल गांधी").latin()).isEqualTo("rahul gandhi");
        assertThat(normalizer.normalize("नरेंद्र मोदी").latin()).isEqualTo("narendra modi");
        assertThat(normalizer.normalize("कृष्ण").latin()).isEqualTo("krishna");
        assertThat(normalizer.normalize("মুজিবুর").latin()).isEqualTo("mujibur"); // Bengali
        assertThat(normalizer.normalize("ચંદ્રકાંત પટેલ").latin()).isEqualTo("chandrakant patel"); // Gujarati
        // a nukta after the last consonant: ज़ is z
        assertThat(normalizer.normalize("हाफ़िज़ सईद").latin()).isEqualTo("hafiz said");
    }

    @Test
    void lettersAreSpelledAsNamesSpellThem() {
        assertThat(normalizer.normalize("अमित शाह").latin()).isEqualTo("amit shah"); // ś
        assertThat(normalizer.normalize("लक्ष्मी मित्तल").latin()).isEqualTo("lakshmi mittal"); // ṣ
        assertThat(normalizer.normalize("मिच").latin()).isEqualTo("mich"); // च, ISO c
        assertThat(IndicNames.asNamesSpellIt("chatra")).isEqualTo("chhatra"); // छ, ISO ch
        // Gurmukhi's tippi is a nasal the transliterator would drop
        assertThat(normalizer.normalize("ਭਗਵੰਤ ਮਾਨ").latin()).isEqualTo("bhagavant man");
    }

    @Test
    void otherWordsAreLeftAsTheyAre() {
        assertThat(IndicNames.withoutFinalInherentVowel("म")).isEqualTo("म");
        assertThat(IndicNames.withoutFinalInherentVowel("मोदी")).isEqualTo("मोदी");
        assertThat(IndicNames.withoutFinalInherentVowel("Putin")).isEqualTo("Putin");
        // Tamil writes its final consonants with the pulli, and keeps its vowels
        assertThat(normalizer.normalize("கருணாநிதி").latin()).isEqualTo("karunaniti");
    }
}
