package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Address;
import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListImporters;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.lists.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CslImportersTests {

    @Test
    void splitsTheCompactJsonIntoTwelveSourcesWithTheOfficialCounts() {
        List<ImportResult> results = ListImporters.read(ListFormat.CSL_JSON,
                SharedData.files("us-csl-2026-07-31", "screening-list.json"));
        Map<String, Integer> counts = results.stream()
                .collect(Collectors.toMap(ImportResult::source, r -> r.entities().size()));
        // countsBySource in the file itself
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("us-csl-sdn", 19181), Map.entry("us-csl-el", 3420), Map.entry("us-csl-dpl", 1596),
                Map.entry("us-csl-dtc", 787), Map.entry("us-csl-ssi", 286), Map.entry("us-csl-uvl", 222),
                Map.entry("us-csl-isn", 161), Map.entry("us-csl-plc", 78), Map.entry("us-csl-meu", 70),
                Map.entry("us-csl-cmic", 68), Map.entry("us-csl-ns-mbs", 51), Map.entry("us-csl-cap", 1)));
        assertThat(results).noneMatch(ImportResult::hasErrors);
        for (ImportResult r : results) {
            assertThat(r.entities().stream().map(ListEntity::sourceId).distinct().count())
                    .as("ids of %s are unique", r.source()).isEqualTo(r.entities().size());
        }
        ListEntity kunlun = results.stream().filter(r -> r.source().equals("us-csl-cap")).findFirst().orElseThrow()
                .entities().getFirst();
        assertThat(kunlun.sourceId()).isEqualTo("15268");
        assertThat(kunlun.caption()).isEqualTo("BANK OF KUNLUN CO LTD");
        assertThat(kunlun.names()).contains(EntityName.alias("KARAMAY URBAN CREDIT COOPERATIVES"));
        assertThat(kunlun.countries()).containsExactly("CN");
        assertThat(kunlun.programs()).containsExactly("561-Related");
    }

    @Test
    void derivesStableIdsForListsWithoutEntityNumbers() {
        List<ImportResult> a = ListImporters.read(ListFormat.CSL_JSON,
                SharedData.files("us-csl-2026-07-31", "screening-list.json"));
        List<ImportResult> b = ListImporters.read(ListFormat.CSL_JSON,
                SharedData.files("us-csl-2026-07-31", "screening-list.json"));
        ImportResult dplA = a.stream().filter(r -> r.source().equals("us-csl-dpl")).findFirst().orElseThrow();
        ImportResult dplB = b.stream().filter(r -> r.source().equals("us-csl-dpl")).findFirst().orElseThrow();
        assertThat(dplA.entities()).isEqualTo(dplB.entities());
        assertThat(dplA.entities()).allMatch(e -> e.sourceId().startsWith("h-"));
    }

    @Test
    void mapsCslSourceNamesToDocumentedKeys() {
        assertThat(CslSources.key("Entity List (EL) - Bureau of Industry and Security")).isEqualTo("us-csl-el");
        assertThat(CslSources.key("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department"))
                .isEqualTo("us-csl-ns-mbs");
        assertThat(CslSources.key("Foreign Sanctions Evaders (FSE) - Treasury Department")).isEqualTo("us-csl-fse");
        assertThatThrownBy(() -> CslSources.key(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsBothOfficialCsvLayoutsByHeaderName() {
        List<ImportResult> results = ListImporters.read(ListFormat.CSL_CSV, SharedData.files("us-csl-2026-07-31",
                "raw_format_sample_consolidated_2025-06.csv", "raw_format_sample_csl_2019.csv"));
        assertThat(results).noneMatch(ImportResult::hasErrors);
        assertThat(results.stream().mapToInt(r -> r.entities().size()).sum()).isEqualTo(13 + 115);
        Map<String, ListEntity> sdn = OfacCsvImporterTests.byId(results.stream()
                .filter(r -> r.source().equals("us-csl-sdn")).findFirst().orElseThrow());
        ListEntity rim = sdn.get("52291");
        assertThat(rim.caption()).isEqualTo("RIM, Ryong Nam");
        assertThat(rim.schema()).isEqualTo(Schema.PERSON);
        assertThat(rim.birthDates()).containsExactly(new PartialDate(1978, 12, 5));
        assertThat(rim.identifiers()).containsExactly(new Identifier(IdentifierType.PASSPORT, "836238033", "KP", null));
        assertThat(rim.countries()).contains("CN", "KP");
        ListEntity psa = sdn.get("20264");
        assertThat(psa.addresses()).containsExactly(new Address("80 SW 8th Street Suite 2000, Miami, FL, 33130, US", null, "US"));
        assertThat(psa.identifiers()).containsExactly(new Identifier(IdentifierType.TAX_ID, "80-0890696", "US", "Tax ID No."));
    }
}
