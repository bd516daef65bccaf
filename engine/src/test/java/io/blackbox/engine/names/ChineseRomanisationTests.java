package io.blackbox.engine.names;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseRomanisationTests {

    @Test
    void theSyllableListIsWhatIcuReadsHanAs() {
        Transliterator t = Transliterator.getInstance("Han-Latin; Latin-ASCII");
        StringBuilder all = new StringBuilder();
        for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
            all.appendCodePoint(cp).append(' ');
        }
        Set<String> read = new TreeSet<>();
        for (String w : t.transliterate(all.toString()).split("\\s+")) {
            if (w.matches("[a-z]+")) {
                read.add(w);
            }
        }
        assertThat(ChineseRomanisation.syllableList()).containsExactlyInAnyOrderElementsOf(read);
    }

    @Test
    void cutsWordsIntoSyllablesLongestFirst() {
        assertThat(ChineseRomanisation.syllables("minghui")).containsExactly("ming", "hui");
        assertThat(ChineseRomanisation.syllables("xian")).containsExactly("xian");
        assertThat(ChineseRomanisation.syllables("zhiqiang")).containsExactly("zhi", "qiang");
        assertThat(ChineseRomanisation.syllables("xiaopng")).isNull();
        assertThat(ChineseRomanisation.syllables("madsen")).isNull();
    }

    @Test
    void knowsWadeGilesAndSouthernSpellings() {
        assertThat(ChineseRomanisation.sameSyllable("zhang", "chang")).isTrue();
        assertThat(ChineseRomanisation.sameSyllable("xu", "hsu")).isTrue();
        assertThat(ChineseRomanisation.sameSyllable("cai", "tsai")).isTrue();
        assertThat(ChineseRomanisation.sameSyllable("zhang", "cheung")).isTrue();
        assertThat(ChineseRomanisation.sameSyllable("lin", "lim")).isTrue();
        assertThat(ChineseRomanisation.sameSyllable("lin", "li")).isFalse();
        assertThat(ChineseRomanisation.sameSyllables("minghui", "minghui")).isTrue();
        assertThat(ChineseRomanisation.sameSyllables("xueqiang", "xueqing")).isFalse();
        assertThat(ChineseRomanisation.sameSyllables("jingguo", "chingkuo")).isTrue();
        assertThat(ChineseRomanisation.sameSyllables("madesen", "madsen")).isNull();
    }
}
