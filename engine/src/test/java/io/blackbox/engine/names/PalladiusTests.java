package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PalladiusTests {
    private final NameNormalizer normalizer = NameNormalizer.getDefault();

    @Test
    void chineseNamesInCyrillicAreReadAsPinyin() {
        assertThat(Palladius.pinyin("Си Цзиньпин")).isEqualTo("xi jinping");
        assertThat(Palladius.pinyin("Чжан Сяомин")).isEqualTo("zhang xiaoming");
        assertThat(Palladius.pinyin("Мао Цзэдун")).isEqualTo("mao zedong");
        assertThat(Palladius.pinyin("Хуавэй")).isEqualTo("huawei");
        // the hard sign parts two syllables
        assertThat(Palladius.pinyin("Чжунъи")).isEqualTo("zhongyi");
    }

    @Test
    void theSystemTellsJFromZAndQFromCByTheVowelAfter() {
        assertThat(Palladius.read("цзи")).isEqualTo("ji");
        assertThat(Palladius.read("цзы")).isEqualTo("zi");
        assertThat(Palladius.read("ци")).isEqualTo("qi");
        assertThat(Palladius.read("цюй")).isEqualTo("qu");
        assertThat(Palladius.read("хуэй")).isEqualTo("hui");
    }

    @Test
    void aNameWithAWordThatIsNoSequenceOfSyllablesIsNotRead() {
        assertThat(Palladius.pinyin("Иван Петров")).isNull();
        assertThat(Palladius.pinyin("Xi Jinping")).isNull();
    }

    @Test
    void theReadingIsAVariantBesideTheTransliteration() {
        assertThat(normalizer.variants("Си Цзиньпин").stream().map(NormalizedName::latin))
                .startsWith("si tszinpin").contains("xi jinping");
    }
}
