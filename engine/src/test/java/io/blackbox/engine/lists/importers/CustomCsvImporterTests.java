package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Address;
import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.ImportIssue;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListImporters;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomCsvImporterTests {

    static ImportResult read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    static ImportResult read(byte[] bytes) {
        return ListImporters.readInputs(ListFormat.CUSTOM_CSV, List.of(new ListInput("watch.csv", bytes)),
                ImportLimits.defaults(), "custom-acme").getFirst();
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        ImportResult r = read("""
                id,name,aliases,type,country,dob,address
                A1,"Petrov, Ivan","Ivan ""Vanya"" Petrov|I. Petrov",person,Russia|UA,1970-05-03,"Tverskaya 1,
                Moscow"
                A2,Acme Trading FZE,,organisation,AE,,
                """);
        assertThat(r.source()).isEqualTo("custom-acme");
        assertThat(r.issues()).isEmpty();
        assertThat(r.entities()).hasSize(2);
        ListEntity petrov = r.entities().getFirst();
        assertThat(petrov.caption()).isEqualTo("Petrov, Ivan");
        assertThat(petrov.names()).contains(EntityName.alias("Ivan \"Vanya\" Petrov"), EntityName.alias("I. Petrov"));
        assertThat(petrov.schema()).isEqualTo(Schema.PERSON);
        assertThat(petrov.countries()).containsExactly("RU", "UA");
        assertThat(petrov.birthDates()).containsExactly(new PartialDate(1970, 5, 3));
        assertThat(petrov.addresses()).containsExactly(new Address("Tverskaya 1,\nMoscow", null, null));
        assertThat(r.entities().get(1).schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(r.entities().get(1).countries()).containsExactly("AE");
    }

    @Test
    void toleratesAByteOrderMarkAndCrlfAndOnlyTheTwoRequiredColumns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("ID , Name\r\n7,Müller GmbH\r\n".getBytes(StandardCharsets.UTF_8));
        ImportResult r = read(bytes.toByteArray());
        assertThat(r.issues()).isEmpty();
        assertThat(r.entities()).singleElement().satisfies(e -> {
            assertThat(e.sourceId()).isEqualTo("7");
            assertThat(e.caption()).isEqualTo("Müller GmbH");
            assertThat(e.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        });
    }

    @Test
    void rejectsRowsWithoutIdOrNameOrWithARepeatedIdOrUnknownType() {
        ImportResult r = read("""
                id,name,type
                1,Alpha,
                ,Beta,
                3,,
                1,Gamma,
                4,Delta,spaceship
                5,Epsilon,vessel
                """);
        assertThat(r.entities()).extracting(ListEntity::sourceId).containsExactly("1", "5");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.issues()).extracting(ImportIssue::location, ImportIssue::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("row 3", "id"),
                        org.assertj.core.groups.Tuple.tuple("row 4", "name"),
                        org.assertj.core.groups.Tuple.tuple("row 5", "id"),
                        org.assertj.core.groups.Tuple.tuple("row 6", "type"));
        assertThat(r.issues().get(2).reason()).contains("already used at watch.csv row 2");
        assertThat(r.issues().get(3).reason()).contains("spaceship");
    }

    @Test
    void keepsTheEntityButWarnsOnUnknownCountryOrUnreadableDate() {
        ImportResult r = read("""
                id,name,country,dob,colour
                9,Zed,Atlantis|FR,03/04/1970|1961,blue
                """);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.entities().getFirst().countries()).containsExactly("FR");
        assertThat(r.entities().getFirst().birthDates()).containsExactly(new PartialDate(1961, 0, 0));
        assertThat(r.issues()).extracting(ImportIssue::field).containsExactlyInAnyOrder(null, "country", "dob");
        assertThat(r.issues()).anyMatch(i -> i.reason().contains("[colour]"));
    }

    @Test
    void refusesAHeaderWithoutIdAndName() {
        ImportResult r = read("identifier,label\n1,x\n");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.entities()).isEmpty();
        assertThat(r.issues().getFirst().reason()).contains("[id, name]");
    }

    @Test
    void refusesASourceKeyThatIsNotLowerCase() {
        assertThatThrownBy(() -> ListImporters.readInputs(ListFormat.CUSTOM_CSV,
                List.of(new ListInput("a.csv", "id,name\n1,x\n".getBytes(StandardCharsets.UTF_8))),
                ImportLimits.defaults(), "Acme List"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Acme List");
        assertThat(CustomCsvImporter.sourceKey("Acme Watchlist 2026")).isEqualTo("custom-acme-watchlist-2026");
    }
}
