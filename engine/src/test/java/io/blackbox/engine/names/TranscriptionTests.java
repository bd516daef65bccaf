package io.blackbox.engine.names;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptionTests {
    private final NameNormalizer normalizer = NameNormalizer.getDefault();

    private String read(String written) {
        return normalizer.normalize(written).tokens().getFirst().text();
    }

    @Test
    void aForeignNameInKanaOrHangulHasTheConsonantsOfItsSpelling() {
        assertThat(Transcription.written(read("カルメロ"))).isEqualTo("krmr").isEqualTo(Transcription.spelled("carmelo"));
        assertThat(Transcription.agree(read("シルヴェストリ"), "silvestri")).isTrue();
        assertThat(Transcription.agree(read("マッキンネル"), "mckinnell")).isTrue();
        assertThat(Transcription.agree(read("ブルクハルト"), "burckhard")).isTrue();
        assertThat(Transcription.agree(read("ケンプソン"), "kempson")).isTrue();
        assertThat(Transcription.agree(read("다닐렙스키"), "danilevsky")).isTrue();
        assertThat(Transcription.agree(read("에드먼즈"), "edmunds")).isTrue();
        // an English r before a consonant or at the end is not spoken, and not written
        assertThat(Transcription.agree(read("スレイター"), "sleator")).isTrue();
        assertThat(Transcription.agree(read("ポーテーレ"), "portele")).isTrue();
        // an English th is written s, and a ch may be heard as k
        assertThat(Transcription.agree(read("マイケル"), "michael")).isTrue();
        assertThat(Transcription.agree(read("마이클"), "michael")).isTrue();
        assertThat(Transcription.agree(read("スミス"), "smith")).isTrue();
        assertThat(Transcription.spelledKeys("southern")).containsExactly("strn", "stn", "ssrn", "ssn");
        // a consonant said again after a vowel is written again (Tatro, 태트로; Stewart, 스튜어트): only letters
        // side by side are one sound (Mckinnell above)
        assertThat(Transcription.agree(read("태트로"), "tatro")).isTrue();
        assertThat(Transcription.agree(read("스튜어트"), "stewart")).isTrue();
        assertThat(Transcription.written("tatoro")).isEqualTo("ttr");
    }

    @Test
    void aSpellingIsHeardAsOtherLanguagesSayItsLettersWhenComparedWithOneWord() {
        // the index keeps the keys of spelledKeys; heardKeys adds the readings of other languages
        assertThat(Transcription.heardKeys("jarvis")).contains(Transcription.written(read("ヤルヴィス")));
        assertThat(Transcription.heardKeys("tchaikowsky")).contains(Transcription.written(read("チャイコフスキ")));
        assertThat(Transcription.heardKeys("chernikhov")).contains(Transcription.written(read("チェルニホーフ")));
        assertThat(Transcription.heardKeys("lemarchal")).contains(Transcription.written(read("ルマルシャル")));
        assertThat(Transcription.heardKeys("salzedo")).contains(Transcription.written(read("サルセード")));
        assertThat(Transcription.heardKeys("cacciapaglia")).contains(Transcription.written(read("カッチャパーリア")));
        assertThat(Transcription.heardKeys("nurkic")).contains(Transcription.written(read("ヌルキッチ")));
        assertThat(Transcription.spelledKeys("jarvis")).doesNotContain(Transcription.written(read("ヤルヴィス")));
        // the zh of pinyin is no Spanish z: 山口 (shankou) is not Zhang
        assertThat(Transcription.heardKeys("zhang")).doesNotContain(Transcription.written("shankou"));
        assertThat(Transcription.heardKeys("smith")).isEqualTo(Transcription.spelledKeys("smith"));
    }

    @Test
    void olderKanaSpellingsOfForeignSoundsGiveFurtherKeys() {
        // チ for ti, ジ for di, ウ for a first v: プーチン is Putin, ウラジーミル Vladimir
        assertThat(Transcription.writtenKeys(read("プーチン"), false)).contains(Transcription.spelled("putin"));
        assertThat(Transcription.writtenKeys(read("ウラジーミル"), false)).contains(Transcription.spelled("vladimir"));
        assertThat(Transcription.writtenKeys(read("カルメロ"), false)).containsExactly("krmr");
        assertThat(Transcription.writtenKeys("chijichijichiji", false)).hasSizeLessThanOrEqualTo(Transcription.MAX_KANA_KEYS);
    }

    @Test
    void otherNamesAndShortKeysDoNotAgree() {
        assertThat(Transcription.agree(read("カルメロ"), "marcel")).isFalse();
        assertThat(Transcription.agree(read("カルメロ"), "carmen")).isFalse();
        // two consonants are too few to tell names apart
        assertThat(Transcription.agree(read("カナ"), "kane")).isFalse();
    }

    @Test
    void keysOneConsonantApartDoNotAgree() {
        assertThat(Transcription.agree(read("クローヴィンケル"), "krohwinkel")).isFalse();
    }

    @Test
    void onlyKanaAndForeignNamesSpeltOutInHangulAreMarkedTranscribed() {
        assertThat(normalizer.normalize("カルメロ").tokens().getFirst().transcribed()).isTrue();
        assertThat(normalizer.normalize("다닐렙스키").tokens().getFirst().transcribed()).isTrue();
        // a Korean name, as one word or as given name and surname, is compared as Korean
        assertThat(normalizer.normalize("김성호").tokens()).noneMatch(NameToken::transcribed);
        assertThat(normalizer.normalize("성호 김").tokens()).noneMatch(NameToken::transcribed);
        assertThat(normalizer.normalize("김은지").tokens()).noneMatch(NameToken::transcribed);
        assertThat(normalizer.normalize("이승근").tokens()).noneMatch(NameToken::transcribed);
        // a hard ㅡ syllable gives a foreign name away, though it starts with a surname syllable or is two long
        assertThat(normalizer.normalize("도널드 트럼프").tokens()).allMatch(NameToken::transcribed).extracting(NameToken::text)
                .containsExactly("doneoldeu", "teuleompeu");
        assertThat(normalizer.normalize("프롬").tokens()).allMatch(NameToken::transcribed);
        assertThat(normalizer.normalize("마이클 잭슨").tokens()).allMatch(NameToken::transcribed);
        assertThat(normalizer.normalize("Carmelo").tokens()).noneMatch(NameToken::transcribed);
        // a small kana changes the vowel before it and does not split the word
        assertThat(normalizer.normalize("シルヴェストリ").latin()).isEqualTo("shiruvesutori");
        assertThat(normalizer.normalize("山田太郎").tokens()).noneMatch(NameToken::transcribed);
    }

    @Test
    void aForeignNameInHanCharactersIsAlsoReadAsATranscription() {
        // 弗拉基米尔·普京: every word two or more characters that transcribe foreign names
        List<NormalizedName> putin = normalizer.variants("弗拉基米尔·普京");
        assertThat(putin.getFirst().tokens()).noneMatch(NameToken::transcribed);
        NormalizedName read = putin.getLast();
        assertThat(read.tokens()).allMatch(t -> t.transcribed() && t.syllabic()).extracting(NameToken::text)
                .containsExactly("fulajimier", "pujin");
        // a Chinese name with a surname of one character, or a character no transcription uses, is not
        assertThat(normalizer.variants("桂花 李")).flatExtracting(NormalizedName::tokens).noneMatch(NameToken::transcribed);
        assertThat(normalizer.variants("王建国")).flatExtracting(NormalizedName::tokens).noneMatch(NameToken::transcribed);
        assertThat(normalizer.variants("华为技术有限公司")).flatExtracting(NormalizedName::tokens).noneMatch(NameToken::transcribed);
    }

    @Test
    void pinyinIsHeardWithEachReadingOfJQAndW() {
        // 基 "ji" is the di of Vladimir, 奇 "qi" the ki of Sidiki, 維 "wei" the vi of Vitaioli
        assertThat(Transcription.writtenKeys("fulajimier", true)).contains(Transcription.spelled("vladimir"));
        assertThat(Transcription.writtenKeys("xidiqi", true)).contains(Transcription.spelled("sidiki"));
        assertThat(Transcription.writtenKeys("weitayueli", true)).contains(Transcription.spelled("vitaioli"));
        assertThat(Transcription.writtenKeys("weitayueli", false)).containsExactly(Transcription.written("weitayueli"));
        // a final ng is written as one n: 賓登 "bin deng", Binding
        assertThat(Transcription.writtenKeys("binden", true)).containsAnyElementsOf(Transcription.spelledKeys("binding"));
        assertThat(Transcription.spelledKeys("binding")).contains("pntn");
        assertThat(Transcription.spelledKeys("angela")).doesNotContain("nr");
        // many palatals give no more than the cap of readings
        assertThat(Transcription.writtenKeys("jijijijijiji", true)).hasSizeLessThanOrEqualTo(Transcription.MAX_PINYIN_KEYS);
    }

    @Test
    void koreanSyllablesAsTheRomanisationsWriteThem() {
        assertThat(KoreanRomanisation.isSyllables("kun")).isTrue();
        assertThat(KoreanRomanisation.isSyllables("dongjin")).isTrue();
        assertThat(KoreanRomanisation.isSyllables("yongwon")).isTrue();
        assertThat(KoreanRomanisation.isSyllables("hyon")).isTrue();
        // foreign names mostly cannot be cut into Korean syllables
        assertThat(KoreanRomanisation.isSyllables("rainer")).isFalse();
        assertThat(KoreanRomanisation.isSyllables("mitch")).isFalse();
        assertThat(KoreanRomanisation.isSyllables("lucci")).isFalse();
    }
}
