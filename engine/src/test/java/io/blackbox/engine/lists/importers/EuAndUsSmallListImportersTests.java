package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListImporters;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.lists.SharedData;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EuAndUsSmallListImportersTests {

    @Test
    void readsAllEuAnnexesAsOneSourceWithTheRegulationAsProgramme() {
        ImportResult eu = ListImporters.read(ListFormat.EU_ANNEX,
                SharedData.filesWithExtension("eu-annexes-2026-08", ".csv")).getFirst();
        assertThat(eu.source()).isEqualTo("eu-annexes");
        assertThat(eu.hasErrors()).isFalse();
        // 8,017 rows, of which 29 are Assets (not parties) and reported as skipped
        assertThat(eu.entities()).hasSize(8017 - 29);
        assertThat(eu.issues().stream().filter(i -> i.reason().contains("is an Asset"))).hasSize(29);
        Map<String, ListEntity> byId = OfacCsvImporterTests.byId(eu);
        ListEntity asg = byId.get("32002R0881-I-abu-sayyaf-group");
        assertThat(asg.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(asg.programs()).containsExactly("EU-TAQA-EUAQ", "32002R0881");
        assertThat(asg.names()).contains(EntityName.alias("Al Harakat Al Islamiyya"));
        assertThat(asg.countries()).containsExactly("PH");
        ListEntity aksyonov = byId.get("32014R0269-I.PERSONS-1");
        assertThat(aksyonov.caption()).containsIgnoringCase("Aksyonov");
        assertThat(aksyonov.schema()).isEqualTo(Schema.PERSON);
        long russians = eu.entities().stream().filter(e -> e.countries().contains("RU")).count();
        assertThat(russians).isGreaterThan(1000);
        long vesselsWithImo = eu.entities().stream().filter(e -> e.schema() == Schema.VESSEL
                && e.identifiers().stream().anyMatch(i -> i.type() == IdentifierType.IMO)).count();
        assertThat(vesselsWithImo).isGreaterThan(700);
    }

    @Test
    void readsTheDeniedPersonsListWithOneEntityPerRow() {
        ImportResult dpl = ListImporters.read(ListFormat.BIS_DPL, SharedData.files("bis-dpl-2022-09", "dpl.txt"))
                .getFirst();
        assertThat(dpl.source()).isEqualTo("us-bis-dpl");
        assertThat(dpl.hasErrors()).isFalse();
        assertThat(dpl.entities()).hasSize(581);
        assertThat(dpl.entities().stream().filter(e -> e.caption().equals("AIR FREIGHT LTD"))).hasSize(4);
        ListEntity ash = dpl.entities().getFirst();
        assertThat(ash.caption()).isEqualTo("I. ASH");
        assertThat(ash.countries()).containsExactly("US");
        assertThat(ash.addresses().getFirst().city()).isEqualTo("SEAGOVILLE");
        // "NM" (New Mexico) in the Country column of row 521 is reported, not guessed
        assertThat(dpl.issues()).anyMatch(i -> i.location().equals("row 521") && i.reason().contains("'NM'"));
    }

    @Test
    void mergesDod1260hRelistingsAndLeavesOutDelistedCompanies() {
        ImportResult dod = ListImporters.read(ListFormat.DOD_1260H,
                SharedData.files("us-mieu-dod1260h", "dod_chinese_milcorps_sanctions.csv")).getFirst();
        assertThat(dod.source()).isEqualTo("us-dod-1260h");
        assertThat(dod.hasErrors()).isFalse();
        Map<String, ListEntity> byId = OfacCsvImporterTests.byId(dod);
        ListEntity qihoo = byId.get("360-security-technology-inc");
        assertThat(qihoo.caption()).isEqualTo("360 Security Technology Inc.");
        assertThat(qihoo.names()).contains(EntityName.alias("Qihoo 360"));
        assertThat(qihoo.countries()).containsExactly("CN");
        assertThat(byId).doesNotContainKey("beijing-megvii-technology-co-ltd");
        assertThat(dod.issues()).anyMatch(i -> i.reason().contains("Beijing Megvii") && i.reason().contains("2025-01-07"));
    }

    @Test
    void readsTheMilitaryIntelligenceEndUserList() {
        ImportResult mieu = ListImporters.read(ListFormat.BIS_MIEU,
                SharedData.files("us-mieu-dod1260h", "bis_mieu_mieu.csv")).getFirst();
        assertThat(mieu.source()).isEqualTo("us-bis-mieu");
        assertThat(mieu.entities()).hasSize(13);
        ListEntity dim = mieu.entities().getFirst();
        assertThat(dim.sourceId()).isEqualTo("directorate-of-military-intelligence");
        assertThat(dim.names()).contains(EntityName.alias("DIM"));
        assertThat(dim.countries()).containsExactly("CU");
        assertThat(dim.programs()).containsExactly("US-BIS-MIEU");
        assertThat(mieu.entities()).anyMatch(e -> e.names().contains(EntityName.alias("GRU")) && e.countries().contains("RU"));
    }
}
