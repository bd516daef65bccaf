package io.blackbox.engine.names;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegalFormsTests {

    @Test
    void everyCanonicalFormHasItsFamily() {
        assertThat(LegalForms.family("gmbh")).isEqualTo(LegalForms.family("llc"));
        assertThat(LegalForms.family("jsc")).isEqualTo(LegalForms.family("ag"));
        // "as" is the canonical form of ASA and A/S, though not itself a spelling of one
        assertThat(LegalForms.family("as")).isEqualTo(LegalForms.family("ag"));
        assertThat(LegalForms.family("lp")).isNotEqualTo(LegalForms.family("ltd"));
        assertThat(LegalForms.family("co")).isEqualTo(LegalForms.GENERIC);
        assertThat(LegalForms.family("no such form")).isEqualTo(LegalForms.GENERIC);
    }

    @Test
    void sharedFormsDoNotConflict() {
        assertThat(LegalForms.conflict(List.of("llc"), List.of("llc"))).isZero();
        assertThat(LegalForms.conflict(List.of("gmbh", "ag"), List.of("jsc", "gmbh"))).isZero();
    }

    @Test
    void onlyGenericWordsOrNoFormOnOneSideDoNotConflict() {
        assertThat(LegalForms.conflict(List.of("co"), List.of("jsc"))).isZero();
        assertThat(LegalForms.conflict(List.of("llc", "group"), List.of("co"))).isZero();
        assertThat(LegalForms.conflict(List.of(), List.of("ltd"))).isZero();
        assertThat(LegalForms.conflict(List.of("ltd"), List.of())).isZero();
    }

    @Test
    void formsOfOneFamilyConflictHalf() {
        assertThat(LegalForms.conflict(List.of("ltd"), List.of("gmbh"))).isEqualTo(0.5);
        assertThat(LegalForms.conflict(List.of("co", "jsc"), List.of("plc"))).isEqualTo(0.5);
        assertThat(LegalForms.conflict(List.of("as"), List.of("ag"))).isEqualTo(0.5);
    }

    @Test
    void formsOfDifferentFamiliesConflict() {
        assertThat(LegalForms.conflict(List.of("llc"), List.of("jsc"))).isEqualTo(1);
        assertThat(LegalForms.conflict(List.of("lp", "co"), List.of("ltd"))).isEqualTo(1);
        // one pair of one family among others is enough for half
        assertThat(LegalForms.conflict(List.of("lp", "ltd"), List.of("jsc", "gmbh"))).isEqualTo(0.5);
    }
}
