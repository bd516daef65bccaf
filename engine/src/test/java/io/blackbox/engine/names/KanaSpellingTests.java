package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KanaSpellingTests {
    @Test
    void theVowelsKanaAddsAreLeftOutAndTheSpellingIsHeard() {
        // ストラ, "sutora": the u after s is no vowel of the name
        assertThat(KanaSpelling.written("sutora", true)).isEqualTo("stra");
        assertThat(KanaSpelling.written("sutora", false)).isEqualTo("sutora");
        // English says -er as a, and leaves an r before a consonant unsaid; kana write what is said
        assertThat(KanaSpelling.spelled("shocker")).isEqualTo(KanaSpelling.written("shokka", true)).isEqualTo("soka");
        assertThat(KanaSpelling.spelled("forward")).isEqualTo(KanaSpelling.written("fowado", true));
        // l and r are one sound; a letter written twice is one; w is left out, a final e is silent
        assertThat(KanaSpelling.spelled("weddle")).isEqualTo(KanaSpelling.written("wedoru", true)).isEqualTo("etr");
    }

    @Test
    void hangulRomanisationIsHeardAsTheForeignNameItWrites() {
        // 핸드 "haendeu" is Hand: ㅐ an a, ㅡ added after d; 브렛 "beules" is Bret: a final ㅅ a t
        assertThat(KanaSpelling.written("haendeu", true)).isEqualTo(KanaSpelling.spelled("hand"));
        assertThat(KanaSpelling.written("beules", true)).isEqualTo(KanaSpelling.spelled("bret"));
        // a final chi writes the ch of -tch
        assertThat(KanaSpelling.written("mitchi", true)).isEqualTo(KanaSpelling.spelled("mitch"));
    }

    @Test
    void digraphsAreReadAsTheSoundsTheyWrite() {
        assertThat(KanaSpelling.spelled("philip")).isEqualTo(KanaSpelling.spelled("filip"));
        assertThat(KanaSpelling.spelled("thomas")).isEqualTo("somas");
        assertThat(KanaSpelling.spelled("cecil")).startsWith("s");
        assertThat(KanaSpelling.spelled("carl")).startsWith("k");
        // Mc is said Mac, and transcribed so (マクギフィン, "makugifin")
        assertThat(KanaSpelling.spelled("mcgiffin")).isEqualTo(KanaSpelling.written("makugifin", true));
        // ch, j and ts are one affricate, as チ, ジ and ツ write them
        assertThat(KanaSpelling.spelled("chaplin")).isEqualTo(KanaSpelling.written("chappurin", true));
    }
}
