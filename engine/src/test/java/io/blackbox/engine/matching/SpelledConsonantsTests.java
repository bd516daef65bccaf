package io.blackbox.engine.matching;

import io.blackbox.engine.names.NameNormalizer;
import io.blackbox.engine.names.NameToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpelledConsonantsTests {
    private static final NameNormalizer NORMALIZER = NameNormalizer.getDefault();

    /** The consonants of a name word written in Arabic or Hebrew letters, as the comparator reads them. */
    private static String written(String word) {
        NameToken t = NORMALIZER.normalize(word).tokens().getFirst();
        assertThat(t.abjad()).as("%s is written without vowels", word).isTrue();
        return NameNormalizer.skeleton(t.text(), true);
    }

    private static boolean reads(String written, String spelled) {
        return SpelledConsonants.readable(written(written), spelled);
    }

    @Test
    void aLatinLetterReadsAsEachLetterItsSoundsAreWrittenWith() {
        assertThat(reads("جالينا", "gallina")).isTrue(); // g as ج
        assertThat(reads("فلاق", "fellag")).isTrue(); // g as ق
        assertThat(reads("يانكوفسكي", "jankowski")).isTrue(); // j as y, w as ف
        assertThat(reads("هوراسيو", "horacio")).isTrue(); // c before i as s
        assertThat(reads("أندرونيتش", "andronic")).isTrue(); // a final c as ts
        assertThat(reads("دوكيرتي", "docherty")).isTrue(); // ch as k
        assertThat(reads("روتش", "roach")).isTrue(); // ch as ts
        assertThat(reads("فالسر", "walser")).isTrue(); // a first w as f
        assertThat(reads("جوكوف", "zhukov")).isTrue(); // zh as ج
        assertThat(reads("פלורס", "flores")).isTrue(); // f as פ
        assertThat(reads("فاطمه", "fatima")).isTrue(); // a final a as ه
        assertThat(reads("بارتولوتشي", "bartolucci")).isTrue(); // Italian cc before i as one ts
        assertThat(reads("كافيليا", "caveglia")).isTrue(); // Italian gli as ly
        assertThat(reads("بورخا", "borja")).isTrue(); // a Spanish j within the word as خ
        assertThat(reads("بولوف", "bulow")).isTrue(); // a German final w as ف
        assertThat(reads("سيمونيه", "simonet")).isTrue(); // a French final t not said, its e as ه
        assertThat(reads("كارتييه", "cartier")).isTrue(); // and the r of -ier
    }

    @Test
    void aLetterDoesNotReadAsSoundsItIsNotSaidWith() {
        assertThat(reads("صفوان", "sawan")).isFalse(); // a w between vowels is و, not ف
        assertThat(reads("کمالی", "jamilah")).isFalse(); // a j is no ک
        assertThat(reads("خامنه", "joumani")).isFalse(); // nor خ
        assertThat(reads("كارلوس", "carlos")).isTrue();
        assertThat(reads("خارلوس", "carlos")).isFalse(); // a c is no خ
        assertThat(reads("جالينا", "kallina")).isFalse(); // a k is no ج
    }

    @Test
    void consonantsWrittenTwiceCountOnce() {
        assertThat(SpelledConsonants.readable("mln", "mullin")).isTrue();
        assertThat(SpelledConsonants.readable("mlln", "mulin")).isTrue();
        assertThat(SpelledConsonants.readable("mln", "mulnik")).isFalse();
    }

    @Test
    void longWordsAreNotRead() {
        String hundred = "ab".repeat(50);
        assertThat(SpelledConsonants.readable("b".repeat(50), hundred)).isFalse();
        // nor does a long run of letters that may be read as nothing take long: each state is tried once
        assertThat(SpelledConsonants.readable("f", "w".repeat(SpelledConsonants.MAX_LENGTH))).isTrue();
        assertThat(SpelledConsonants.readable("fb", "wv".repeat(SpelledConsonants.MAX_LENGTH / 2) + "x")).isFalse();
    }

    @Test
    void theSkeletonsOfSpellingsThatReadAsAWordAreItsSearchKeys() {
        // جليسون: jlyswn, its own skeleton jlsn; Gleason's is glsn
        assertThat(SpelledConsonants.spellingSkeletons("jlyswn", 12)).contains("glsn").doesNotContain("jlsn");
        // القذافي: without the article, ق as k or g, and Gaddafi's skeleton is gdf
        assertThat(SpelledConsonants.spellingSkeletons("alqdhafy", 12)).contains("kdf", "gdf");
        // بريغوجين: ج as the zh of Prigozhin (skeleton brgshn)
        assertThat(SpelledConsonants.spellingSkeletons("bryghwjyn", 12)).contains("brgshn");
        // at most as many as asked, and none for a word of fewer than three consonants
        assertThat(SpelledConsonants.spellingSkeletons("jfjfjfjqq", 5)).hasSizeLessThanOrEqualTo(5);
        assertThat(SpelledConsonants.spellingSkeletons("jwd", 12)).isEmpty();
        // a word of twenty consonants that each may be spelled as nothing has a million spellings, and forty a
        // trillion: a bounded few are tried (unbounded, this would not return)
        assertThat(SpelledConsonants.spellingSkeletons("fa".repeat(20), 12)).isNotEmpty().hasSizeLessThanOrEqualTo(12);
        assertThat(SpelledConsonants.spellingSkeletons("fa".repeat(SpelledConsonants.MAX_LENGTH + 1), 12)).isEmpty();
    }
}
