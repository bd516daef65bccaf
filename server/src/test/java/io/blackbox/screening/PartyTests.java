package io.blackbox.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.blackbox.engine.matching.Matcher;
import io.blackbox.engine.matching.PreparedQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The counterparty key that reviewed hits are remembered by. */
class PartyTests {

    private final Matcher matcher = new Matcher();

    /** Screenings take the key from the prepared query; stored decisions were keyed by the party alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Владимир Путин|Person",
            "Βλαντίμιρ Πούτιν|Person",
            "金正恩|Person",
            "  Rosoboronexport   OAO |Company",
            "محمد بن سلمان|",
            "Ümit Öztürk GmbH & Co. KG|Organization"})
    void theKeyFromAPreparedQueryIsTheKeyOfTheParty(String name, String schema) {
        Party party = Party.parse(List.of(name, "Someone Else"), schema, List.of(), List.of(), List.of(), null,
                null, null, null);
        PreparedQuery prepared = matcher.prepare(party.toQuery());
        assertThat(prepared.firstName()).isNotNull();
        assertThat(party.counterpartyKey(prepared)).isEqualTo(party.counterpartyKey()).hasSize(64);
    }

    @Test
    void aPartyKnownOnlyByAnIdentifierIsKeyedByIt() {
        Party party = Party.parse(List.of(), null, List.of(), List.of(),
                List.of(new Party.IdentifierInput("imo", "9074729")), null, null, null, null);
        PreparedQuery prepared = matcher.prepare(party.toQuery());
        assertThat(prepared.firstName()).isNull();
        assertThat(party.counterpartyKey(prepared)).isEqualTo(party.counterpartyKey());
    }

    @Test
    void theSchemaIsPartOfTheKey() {
        Party person = Party.parse(List.of("Jordan Lee"), "Person", List.of(), List.of(), List.of(), null, null, null,
                null);
        Party company = Party.parse(List.of("Jordan Lee"), "Company", List.of(), List.of(), List.of(), null, null,
                null, null);
        assertThat(person.counterpartyKey(matcher.prepare(person.toQuery())))
                .isNotEqualTo(company.counterpartyKey(matcher.prepare(company.toQuery())));
        assertThatThrownBy(() -> Party.parse(List.of("!!!"), null, List.of(), List.of(), List.of(), null, null, null,
                null)).hasMessageContaining("no letter or digit");
    }
}
