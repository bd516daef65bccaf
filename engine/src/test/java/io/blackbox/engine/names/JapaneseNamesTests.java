package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JapaneseNamesTests {
    private final NameNormalizer normalizer = NameNormalizer.getDefault();

    @Test
    void aSurnameAndGivenNameWrittenTogetherAreReadAsTwoWordsTheCommonestReadingFirst() {
        assertThat(JapaneseNames.readings("山田太郎")).startsWith("yamada taro");
        assertThat(JapaneseNames.readings("田中花子")).startsWith("tanaka hanako");
        // the split with a two-character surname comes first; 佐々木 repeats 佐 with 々
        assertThat(JapaneseNames.readings("佐々木希")).startsWith("sasaki nozomi");
    }

    @Test
    void longVowelsAreWrittenAsListsAndPassportsWriteThem() {
        // しんぞう, Shinzō, is Shinzo; たろう is Taro
        assertThat(JapaneseNames.readings("安倍晋三")).startsWith("abe shinzo");
        assertThat(JapaneseNames.readRun("太郎").readings()).containsExactly("taro");
    }

    @Test
    void wordsInKanaAndSpacesAreKept() {
        assertThat(JapaneseNames.readings("山田 太郎")).startsWith("yamada taro");
        assertThat(JapaneseNames.readings("山田はなこ")).startsWith("yamada はなこ");
    }

    @Test
    void namesThatAreNotJapaneseAreNotRead() {
        // 习 is a simplified Chinese character, not written in Japanese
        assertThat(JapaneseNames.readings("习近平")).isEmpty();
        // no Han at all, or another script's letters
        assertThat(JapaneseNames.readings("はなこ")).isEmpty();
        assertThat(JapaneseNames.readings("山田 Taro")).isEmpty();
        assertThat(JapaneseNames.readings("金正恩김")).isEmpty();
        // Chinese names: one-character surnames, given names that are Japanese ones too (明輝, Aki)
        assertThat(JapaneseNames.readings("冠宏 蔡")).isEmpty();
        assertThat(JapaneseNames.readings("明輝 傅")).isEmpty();
        assertThat(JapaneseNames.readings("王明")).isEmpty();
        assertThat(JapaneseNames.readings("云 李")).isEmpty();
        // a run too long for a person's name
        assertThat(JapaneseNames.readings("中華人民共和国国務院")).isEmpty();
    }

    @Test
    void withKanaAOneCharacterSurnameIsReadByItsLongerReadingsOnly() {
        assertThat(JapaneseNames.readings("林 はなこ")).startsWith("hayashi はなこ");
        JapaneseNames.Run li = JapaneseNames.readRun("李");
        assertThat(li == null ? List.<String>of() : li.readings()).doesNotContain("ri");
    }

    @Test
    void aNameHasAtMostTwelveReadings() {
        assertThat(JapaneseNames.readings("山田 太郎 花子 明")).hasSizeLessThanOrEqualTo(JapaneseNames.MAX_READINGS);
    }

    @Test
    void theJapaneseReadingsAreVariantsAfterTheChineseOne() {
        assertThat(normalizer.variants("山田太郎").stream().map(NormalizedName::latin))
                .startsWith("shan tiantailang").contains("yamada taro");
    }
}
