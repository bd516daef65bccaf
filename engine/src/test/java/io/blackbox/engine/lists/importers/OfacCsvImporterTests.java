package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.ImportIssue;
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

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OfacCsvImporterTests {
    private static ImportResult sdn2024;

    @BeforeAll
    static void readSdn2024() {
        sdn2024 = ListImporters.read(ListFormat.OFAC_SDN,
                SharedData.files("ofac-sdn-2024-07", "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")).getFirst();
    }

    static Map<String, ListEntity> byId(ImportResult r) {
        return r.entities().stream().collect(Collectors.toMap(ListEntity::sourceId, Function.identity()));
    }

    @Test
    void readsTheConsistent2021SetWithoutAnyOrphanWarning() {
        List<ImportResult> results = ListImporters.read(ListFormat.OFAC_SDN,
                SharedData.files("ofac-sdn-2021-07", "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"));
        assertThat(results).hasSize(1);
        ImportResult r = results.getFirst();
        assertThat(r.source()).isEqualTo("us-ofac-sdn");
        assertThat(r.entities()).hasSize(8976);
        assertThat(r.hasErrors()).as(r.issues().toString()).isFalse();
        assertThat(r.issues()).noneMatch(i -> "ent_num".equals(i.field()));
        ListEntity bnc = byId(r).get("306");
        assertThat(bnc.caption()).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(bnc.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(bnc.programs()).containsExactly("CUBA");
        assertThat(bnc.names()).contains(new EntityName("NATIONAL BANK OF CUBA", NameKind.ALIAS),
                new EntityName("BNC", NameKind.WEAK_ALIAS));
        assertThat(bnc.countries()).contains("CH", "PA");
    }

    @Test
    void reportsAliasesAndAddressesWhoseEntityIsMissingFromSdnCsvAsWarnings() {
        assertThat(sdn2024.entities()).hasSize(15443);
        assertThat(sdn2024.hasErrors()).isFalse();
        List<ImportIssue> orphanAliases = sdn2024.issues().stream()
                .filter(i -> i.file().equals("alt.csv") && "ent_num".equals(i.field())).toList();
        // alt.csv is from 2025-12 while sdn.csv is from 2024-07: 1,330 entity ids do not join (SOURCE.txt)
        assertThat(orphanAliases.stream().map(i -> i.reason().replaceAll("\\D+", " ").strip()).distinct().count())
                .isEqualTo(1330);
        assertThat(orphanAliases).allMatch(i -> i.severity() == ImportIssue.Severity.WARNING
                && i.location().startsWith("row "));
        assertThat(orphanAliases).anyMatch(i -> i.location().equals("row 5838") && i.reason().contains("17016"));
        long orphanAddressIds = sdn2024.issues().stream()
                .filter(i -> i.file().equals("add.csv") && "ent_num".equals(i.field()))
                .map(i -> i.reason().replaceAll("\\D+", " ").strip()).distinct().count();
        assertThat(orphanAddressIds).isEqualTo(3732);
    }

    @Test
    void takesSchemaFromSdnType() {
        Map<Schema, Long> counts = sdn2024.entities().stream()
                .collect(Collectors.groupingBy(ListEntity::schema, Collectors.counting()));
        assertThat(counts).containsEntry(Schema.PERSON, 6927L).containsEntry(Schema.VESSEL, 872L)
                .containsEntry(Schema.AIRPLANE, 374L).containsEntry(Schema.LEGAL_ENTITY, 7270L);
    }

    @Test
    void parsesVesselIdentifiersFlagAndFormerNamesFromRemarks() {
        ListEntity artavil = byId(sdn2024).get("15036");
        assertThat(artavil.schema()).isEqualTo(Schema.VESSEL);
        assertThat(artavil.identifiers()).contains(new Identifier(IdentifierType.IMO, "9187629"),
                new Identifier(IdentifierType.MMSI, "572469210"),
                new Identifier(IdentifierType.OTHER, "T2EU4", null, "Call Sign"));
        assertThat(artavil.countries()).containsExactly("IR");
        assertThat(artavil.names()).contains(new EntityName("ALPHA", NameKind.WEAK_ALIAS),
                new EntityName("SHONA", NameKind.ALIAS));
    }

    @Test
    void parsesDatesTaxIdsAndRegistrationNumbersFromRemarks() {
        ListEntity emperor = byId(ListImporters.read(ListFormat.OFAC_SDN,
                SharedData.files("ofac-sdn-daily-2024", "sdn-2024-05-02.csv")).getFirst()).get("38556");
        assertThat(emperor.caption()).isEqualTo("EMPEROR AVIATION LTD");
        assertThat(emperor.birthDates()).containsExactly(new PartialDate(2013, 11, 27));
        assertThat(emperor.identifiers()).contains(
                new Identifier(IdentifierType.TAX_ID, "21637116", "MT", "Tax ID No."),
                new Identifier(IdentifierType.TAX_ID, "9909425511", "RU", "Tax ID No."),
                new Identifier(IdentifierType.REGISTRATION, "C 62836", "MT", "Registration Number"));
        ListEntity nasrallah = byId(sdn2024).get("2686");
        assertThat(nasrallah.programs()).containsExactly("SDGT", "SYRIA");
    }

    @Test
    void parsesNationalityDobAndPassportOfPersons() {
        long personsWithDob = sdn2024.entities().stream()
                .filter(e -> e.schema().isPerson() && !e.birthDates().isEmpty()).count();
        assertThat(personsWithDob).isGreaterThan(6000);
        long withPassport = sdn2024.entities().stream().filter(e -> e.identifiers().stream()
                .anyMatch(i -> i.type() == IdentifierType.PASSPORT)).count();
        assertThat(withPassport).isGreaterThan(700);
        long northKoreans = sdn2024.entities().stream().filter(e -> e.countries().contains("KP")).count();
        assertThat(northKoreans).isGreaterThan(100);
        assertThat(byId(sdn2024).get("2681").birthDates()).containsExactly(new PartialDate(1933, 0, 0));
    }

    @Test
    void parsesSwiftWebsitesEmailPhoneAndCompanyNumbersFromRemarks() {
        Map<String, ListEntity> byId = byId(sdn2024);
        assertThat(byId.get("906").identifiers()).containsExactlyInAnyOrder(
                new Identifier(IdentifierType.SWIFT_BIC, "HAVIGB2L"),
                new Identifier(IdentifierType.WEBSITE, "www.havanaintbank.co.uk"),
                new Identifier(IdentifierType.WEBSITE, "www.hib.uk.com"),
                new Identifier(IdentifierType.REGISTRATION, "01074897", "GB", "Company Number"));
        assertThat(byId.get("11911").identifiers()).containsExactlyInAnyOrder(
                new Identifier(IdentifierType.WEBSITE, "www.aqsatv.ps"),
                new Identifier(IdentifierType.EMAIL, "info@aqsatv.ps"),
                new Identifier(IdentifierType.PHONE, "0097282851500"),
                new Identifier(IdentifierType.PHONE, "0097282858208"));
        assertThat(byId.get("12028").identifiers()).contains(
                new Identifier(IdentifierType.REGISTRATION, "807000227", "BY", "Registration ID"));
    }

    @Test
    void readsTheNonSdnSetAsItsOwnSource() {
        ImportResult cons = ListImporters.read(ListFormat.OFAC_CONS, SharedData.files("ofac-non-sdn-2025-12",
                "cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv")).getFirst();
        assertThat(cons.source()).isEqualTo("us-ofac-cons");
        assertThat(cons.entities()).hasSize(442);
        assertThat(cons.hasErrors()).isFalse();
        ListEntity haniya = byId(cons).get("9639");
        assertThat(haniya.caption()).isEqualTo("HANIYA, Ismail Abdul Salah");
        assertThat(haniya.schema()).isEqualTo(Schema.PERSON);
        assertThat(haniya.programs()).containsExactly("NS-PLC");
        assertThat(haniya.names()).contains(EntityName.alias("HANIYA, Ismail"), EntityName.alias("HANIYYA, Ismaeel"));
        assertThat(haniya.birthDates()).containsExactly(new PartialDate(1962, 0, 0));
    }
}
