package io.blackbox.engine.lists;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTests {

    @Test
    void mapsTheNamesListsUseToIsoCodes() {
        assertThat(Countries.toCode("Iran")).contains("IR");
        assertThat(Countries.toCode("Iran (Islamic Republic of)")).contains("IR");
        assertThat(Countries.toCode("Korea, North")).contains("KP");
        assertThat(Countries.toCode("Democratic People's Republic of Korea")).contains("KP");
        assertThat(Countries.toCode("Korea, South")).contains("KR");
        assertThat(Countries.toCode("Russia")).contains("RU");
        assertThat(Countries.toCode("Russian Federation")).contains("RU");
        assertThat(Countries.toCode("Burma")).contains("MM");
        assertThat(Countries.toCode("Congo, Democratic Republic of the")).contains("CD");
        assertThat(Countries.toCode("Congo, Republic of the")).contains("CG");
        assertThat(Countries.toCode("CÔTE D’IVOIRE")).contains("CI");
        assertThat(Countries.toCode("Türkiye")).contains("TR");
        assertThat(Countries.toCode("Region: Gaza")).contains("PS");
        assertThat(Countries.toCode("United Kingdom of Great Britain and Northern Ireland")).contains("GB");
        assertThat(Countries.toCode("Kosovo")).contains("XK");
    }

    @Test
    void acceptsCodesAndDemonyms() {
        assertThat(Countries.toCode("de")).contains("DE");
        assertThat(Countries.toCode("IRN")).contains("IR");
        assertThat(Countries.toCode("Russian")).contains("RU");
        assertThat(Countries.toCode("Belarusian")).contains("BY");
    }

    @Test
    void neverGuessesAnUnknownName() {
        assertThat(Countries.toCode("Atlantis")).isEqualTo(Optional.empty());
        assertThat(Countries.toCode("Korea")).isEmpty();
        assertThat(Countries.toCode("ZZ")).isEmpty();
        assertThat(Countries.isPlaceholder("undetermined")).isTrue();
        assertThat(Countries.name("KP")).isEqualTo("North Korea");
    }
}
