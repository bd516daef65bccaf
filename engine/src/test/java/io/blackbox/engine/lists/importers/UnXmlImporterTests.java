package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListImporters;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.lists.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UnXmlImporterTests {
    private static ImportResult un;
    private static Map<String, ListEntity> byId;

    @BeforeAll
    static void read() {
        un = ListImporters.read(ListFormat.UN_XML, SharedData.files("un-sc-2026-02-27", "consolidated.xml")).getFirst();
        byId = OfacCsvImporterTests.byId(un);
    }

    @Test
    void readsEveryIndividualAndEntity() {
        assertThat(un.source()).isEqualTo("un-sc");
        assertThat(un.hasErrors()).isFalse();
        assertThat(un.entities().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize(730);
        assertThat(un.entities().stream().filter(e -> e.schema() == Schema.ORGANIZATION)).hasSize(273);
    }

    @Test
    void keepsLowQualityAliasesAsWeak() {
        ListEntity adel = byId.get("QDi.001");
        assertThat(adel.caption()).isEqualTo("MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE");
        assertThat(adel.names()).contains(new EntityName("Sayf-Al Adl", NameKind.ALIAS),
                new EntityName("Seif al Adel", NameKind.WEAK_ALIAS),
                new EntityName("محمد صلاح الدين عبدالحليم زيدان", NameKind.ALIAS));
        assertThat(adel.birthDates()).containsExactly(new PartialDate(1963, 4, 11), new PartialDate(1960, 4, 11));
        assertThat(adel.countries()).containsExactly("EG");
        long weak = un.entities().stream().flatMap(e -> e.names().stream())
                .filter(n -> n.kind() == NameKind.WEAK_ALIAS).count();
        assertThat(weak).isBetween(590L, 615L);
    }

    @Test
    void readsNationalityAddressesAndDocuments() {
        ListEntity ri = byId.get("KPi.033");
        assertThat(ri.caption()).isEqualTo("RI WON HO");
        assertThat(ri.countries()).contains("KP");
        assertThat(ri.birthDates()).containsExactly(new PartialDate(1964, 7, 17));
        assertThat(ri.identifiers()).contains(new Identifier(IdentifierType.PASSPORT, "381310014"));
        ListEntity badege = byId.get("CDi.001");
        assertThat(badege.programs()).containsExactly("DRC");
        assertThat(badege.countries()).containsExactly("CD", "RW");
        assertThat(badege.birthDates()).containsExactly(new PartialDate(1971, 0, 0));
        assertThat(badege.remarks()).startsWith("Gender Male.");
        ListEntity komid = byId.get("KPe.001");
        assertThat(komid.addresses()).singleElement().satisfies(a -> {
            assertThat(a.city()).isEqualTo("Pyongyang");
            assertThat(a.country()).isEqualTo("KP");
        });
    }
}
