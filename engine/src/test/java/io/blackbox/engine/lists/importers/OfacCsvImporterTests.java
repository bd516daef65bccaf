package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.EntityName;
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
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OfacCsvImporterTests {

    private static Map<String, ListEntity> byId(ImportResult r) {
        return r.entities().stream().collect(Collectors.toMap(ListEntity::sourceId, Function.identity()));
    }

    @Test
    void readsTheConsistent2021SetWithoutIssues() {
        List<ImportResult> results = ListImporters.read(ListFormat.OFAC_SDN,
                SharedData.files("ofac-sdn-2021-07", "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"));
        assertThat(results).hasSize(1);
        ImportResult r = results.getFirst();
        assertThat(r.source()).isEqualTo("us-ofac-sdn");
        assertThat(r.entities()).hasSize(8976);
        assertThat(r.hasErrors()).as(r.issues().toString()).isFalse();
        assertThat(r.issues()).noneMatch(i -> i.field() != null && i.field().equals("ent_num"));
        ListEntity bnc = byId(r).get("306");
        assertThat(bnc.caption()).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(bnc.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(bnc.programs()).containsExactly("CUBA");
        assertThat(bnc.names()).contains(new EntityName("NATIONAL BANK OF CUBA", NameKind.ALIAS),
                new EntityName("BNC", NameKind.WEAK_ALIAS));
        assertThat(bnc.countries()).contains("CH", "PA");
    }

    @Test
    void reportsAliasesWhoseEntityIsMissingFromSdnCsv() {
        ImportResult r = ListImporters.read(ListFormat.OFAC_SDN,
                SharedData.files("ofac-sdn-2024-07", "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")).getFirst();
        assertThat(r.entities()).hasSize(15443);
        assertThat(r.hasErrors()).as(r.issues().stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR)
                .limit(5).toList().toString()).isFalse();
        List<ImportIssue> orphans = r.issues().stream()
                .filter(i -> i.file().equals("alt.csv") && "ent_num".equals(i.field())).toList();
        assertThat(orphans).isNotEmpty().allMatch(i -> i.severity() == ImportIssue.Severity.WARNING
                && i.location().startsWith("row ") && i.reason().contains("entity id"));
    }

    @Test
    void parsesIdentifiersDatesAndNationalityFromRemarks() {
        ImportResult r = ListImporters.read(ListFormat.OFAC_SDN,
                SharedData.files("ofac-sdn-2024-07", "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")).getFirst();
        Map<String, ListEntity> all = byId(r);
        long persons = r.entities().stream().filter(e -> e.schema() == Schema.PERSON).count();
        long vessels = r.entities().stream().filter(e -> e.schema() == Schema.VESSEL).count();
        long aircraft = r.entities().stream().filter(e -> e.schema() == Schema.AIRPLANE).count();
        assertThat(persons).isEqualTo(6927);
        assertThat(vessels).isEqualTo(872);
        assertThat(aircraft).isEqualTo(374);
        long withImo = r.entities().stream().filter(e -> e.identifiers().stream()
                .anyMatch(i -> i.type() == IdentifierType.IMO)).count();
        assertThat(withImo).isGreaterThan(850);
        long withDob = r.entities().stream().filter(e -> !e.birthDates().isEmpty() && e.schema().isPerson()).count();
        assertThat(withDob).isGreaterThan(6000);
        assertThat(all.values()).anySatisfy(e -> assertThat(e.countries()).contains("KP"));
        for (ImportIssue i : r.issues().stream().filter(i -> "remarks".equals(i.field())).limit(40).toList()) {
            System.out.println(i);
        }
        System.out.println(r.issues().size());
    }
}
