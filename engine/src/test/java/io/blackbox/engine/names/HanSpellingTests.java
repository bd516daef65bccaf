package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HanSpellingTests {
    @Test
    void theSyllablesThatWriteAConsonantAloneLoseTheirVowel() {
        // 弗里茨 "fu li ci" is Fritz: fu is the first syllable and keeps its vowel, ci before the end is ts
        assertThat(HanSpelling.written("fulici", true)).isEqualTo("puriC");
        assertThat(HanSpelling.written("fulici", false)).isEqualTo("puriCi");
        // 赫斯特 "he si te": si and te are s and t
        assertThat(HanSpelling.written("hesite", true)).isEqualTo("est");
        // 尔 "er" after another syllable is a final r or l
        assertThat(HanSpelling.written("kaer", true)).isEqualTo("kar");
    }

    @Test
    void transcriptionsWrittenWithAFinalNForNgAreCutIntoSyllables() {
        assertThat(HanSpelling.syllables("luomannike")).containsExactly("luo", "man", "ni", "ke");
        assertThat(HanSpelling.syllables("ximensi")).containsExactly("xi", "men", "si");
        assertThat(HanSpelling.written("qwx", true)).isNull();
    }
}
