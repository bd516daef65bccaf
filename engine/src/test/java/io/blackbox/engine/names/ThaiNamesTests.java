package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiNamesTests {
    private final NameNormalizer normalizer = NameNormalizer.getDefault();

    @Test
    void readsThaiAsNamesAreSpelled() {
        // ICU: "cxn", จ as c and อ as x
        assertThat(normalizer.normalize("จอน").latin()).isEqualTo("chon");
        // ICU parts a surname into dictionary words: "wech cha chiwa"
        assertThat(normalizer.normalize("เวชชาชีวะ").latin()).isEqualTo("wechchachiwa");
        // a leading อ before a consonant is said a
        assertThat(normalizer.normalize("อภิสิทธิ์").latin()).startsWith("aphisith");
    }

    @Test
    void theLettersTheThanthakhatSilencesAreKeptForForeignNamesAndLeftOutInASecondReading() {
        assertThat(normalizer.variants("โดนัลด์ ทรัมป์").stream().map(NormalizedName::latin))
                .containsExactly("donald thramp", "donal thram");
        assertThat(normalizer.variants("ยิ่งลักษณ์").stream().map(NormalizedName::latin)).contains("yinglaks");
    }
}
