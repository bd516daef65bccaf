package io.blackbox.engine.lists;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListFormatTests {

    @Test
    void hasTheCliKeys() {
        assertThat(Arrays.stream(ListFormat.values()).map(ListFormat::key)).containsExactly("ofac-sdn", "ofac-cons",
                "un-xml", "csl-csv", "csl-json", "bis-dpl", "eu-annex", "dod-1260h", "bis-mieu", "custom-csv", "ftm-json");
        assertThat(ListFormat.fromKey("UN_XML")).isEqualTo(ListFormat.UN_XML);
        assertThat(ListFormat.fromKey(" csl-json ")).isEqualTo(ListFormat.CSL_JSON);
    }

    @Test
    void namesTheKnownKeysWhenAKeyIsUnknown() {
        assertThatThrownBy(() -> ListFormat.fromKey("xlsx")).hasMessageContaining("'xlsx'").hasMessageContaining("ftm-json");
    }
}
