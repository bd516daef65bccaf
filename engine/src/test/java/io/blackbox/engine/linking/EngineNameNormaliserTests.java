package io.blackbox.engine.linking;

import io.blackbox.engine.names.NameNormalizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EngineNameNormaliserTests {

    private final EngineNameNormaliser n = new EngineNameNormaliser(NameNormalizer.getDefault());

    @Test
    void dropsLegalFormsShortAndSpelledOut() {
        assertThat(n.normalise("Alpha Tech Trading L.L.C.")).isEqualTo(n.normalise("ALPHA TECH TRADING FZE"));
        assertThat(n.normalise("Joint Stock Company Promtekh Irkutsk"))
                .isEqualTo(n.normalise("Aktsionernoe Obshchestvo Promtekh Irkutsk"));
    }

    @Test
    void transliteratesAndSurvivesNamesWithoutLetters() {
        assertThat(n.normalise("ООО Ромашка")).startsWith("roma").doesNotContain("ooo").matches("[a-z ]+");
        assertThat(n.normalise("---")).isEmpty();
        assertThat(n.normalise(null)).isEmpty();
    }
}
