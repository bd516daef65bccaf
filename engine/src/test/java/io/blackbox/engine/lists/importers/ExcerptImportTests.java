package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListImporters;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Byte-exact excerpts of the real files kept in test resources (with their SOURCE.txt), so the core
 * parsing is checked on a clone without the shared data folder.
 */
class ExcerptImportTests {

    private static ListInput resource(String path) {
        try (InputStream in = ExcerptImportTests.class.getResourceAsStream("/io/blackbox/engine/lists/" + path)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + path + " is missing");
            }
            return new ListInput(path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsTheOfacExcerptWithCrlfEofMarkerAndEmptyMarkers() {
        List<ListInput> inputs = Stream.of("sdn.csv", "alt.csv", "add.csv")
                .map(f -> resource("ofac-sdn-excerpt/" + f)).toList();
        ImportResult r = ListImporters.readInputs(ListFormat.OFAC_SDN, inputs, ImportLimits.defaults()).getFirst();
        assertThat(r.issues()).isEmpty();
        Map<String, ListEntity> byId = OfacCsvImporterTests.byId(r);
        assertThat(byId).containsOnlyKeys("36", "173", "306", "2681", "15036");
        ListEntity aero = byId.get("36");
        assertThat(aero.names()).containsExactly(EntityName.primary("AEROCARIBBEAN AIRLINES"),
                EntityName.alias("AERO-CARIBBEAN"));
        assertThat(aero.addresses().getFirst().full()).isEqualTo("Havana, Cuba");
        assertThat(aero.countries()).containsExactly("CU");
        assertThat(aero.remarks()).isNull();
        ListEntity hawatma = byId.get("2681");
        assertThat(hawatma.schema()).isEqualTo(Schema.PERSON);
        assertThat(hawatma.birthDates()).containsExactly(new PartialDate(1933, 0, 0));
        ListEntity artavil = byId.get("15036");
        assertThat(artavil.identifiers()).contains(new Identifier(IdentifierType.IMO, "9187629"));
        assertThat(artavil.names()).contains(new EntityName("ALPHA", NameKind.WEAK_ALIAS));
    }

    @Test
    void readsTheUnExcerpt() {
        ImportResult r = ListImporters.readInputs(ListFormat.UN_XML, List.of(resource("un-sc-excerpt/consolidated.xml")),
                ImportLimits.defaults()).getFirst();
        assertThat(r.issues()).isEmpty();
        assertThat(r.entities()).extracting(ListEntity::sourceId).containsExactly("CDi.001", "QDi.001", "KPe.001");
        assertThat(r.entities().get(1).names()).contains(new EntityName("Seif al Adel", NameKind.WEAK_ALIAS));
        assertThat(r.entities().get(2).schema()).isEqualTo(Schema.ORGANIZATION);
    }
}
