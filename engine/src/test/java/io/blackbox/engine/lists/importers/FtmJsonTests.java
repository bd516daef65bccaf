package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Address;
import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListImporters;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.lists.SharedData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FtmJsonTests {
    private static final ListEntity PERSON = new ListEntity("us-ofac-sdn", "12345", Schema.PERSON,
            List.of(EntityName.primary("DOE, John"), EntityName.alias("DOE, Jon"), EntityName.weakAlias("JD")),
            List.of(new Address("1 Main St, Tehran, Iran", "Tehran", "IR")), List.of("IR"),
            List.of(new PartialDate(1970, 5, 0)),
            List.of(new Identifier(IdentifierType.PASSPORT, "A123", "IR", null),
                    new Identifier(IdentifierType.EMAIL, "jd@example.com"),
                    new Identifier(IdentifierType.OTHER, "XYZ", null, "Call Sign")),
            List.of("SDGT"), "DOB May 1970; Gender Male.");

    private static List<ImportResult> read(String lines) {
        return ListImporters.readInputs(ListFormat.FTM_JSON,
                List.of(new ListInput("entities.ftm.json", lines.getBytes(StandardCharsets.UTF_8))),
                ImportLimits.defaults(), "ftm");
    }

    @Test
    void writesTheDocumentedFtmProperties() {
        JsonNode json = JsonMapper.builder().build().readTree(FtmJson.toJson(PERSON));
        assertThat(json.path("id").asString()).isEqualTo("us-ofac-sdn:12345");
        assertThat(json.path("schema").asString()).isEqualTo("Person");
        JsonNode p = json.path("properties");
        assertThat(p.path("name").get(0).asString()).isEqualTo("DOE, John");
        assertThat(p.path("alias").get(0).asString()).isEqualTo("DOE, Jon");
        assertThat(p.path("weakAlias").get(0).asString()).isEqualTo("JD");
        assertThat(p.path("country").get(0).asString()).isEqualTo("ir");
        assertThat(p.path("birthDate").get(0).asString()).isEqualTo("1970-05");
        assertThat(p.path("passportNumber").get(0).asString()).isEqualTo("A123");
        assertThat(p.path("email").get(0).asString()).isEqualTo("jd@example.com");
        assertThat(p.path("address").get(0).asString()).isEqualTo("1 Main St, Tehran, Iran");
        assertThat(p.path("program").get(0).asString()).isEqualTo("SDGT");
        assertThat(p.path("gender").get(0).asString()).isEqualTo("male");
        assertThat(p.path("notes").get(0).asString()).isEqualTo("DOB May 1970; Gender Male.");
        assertThat(json.path("datasets").get(0).asString()).isEqualTo("us-ofac-sdn");
    }

    @Test
    void readsBackWhatItWroteExceptOtherIdentifiersAndCityParts() {
        StringWriter out = new StringWriter();
        FtmJson.write(List.of(PERSON), out);
        ImportResult r = read(out.toString()).getFirst();
        assertThat(r.issues()).isEmpty();
        ListEntity back = r.entities().getFirst();
        assertThat(back.id()).isEqualTo(PERSON.id());
        assertThat(back.names()).isEqualTo(PERSON.names());
        assertThat(back.countries()).isEqualTo(PERSON.countries());
        assertThat(back.birthDates()).isEqualTo(PERSON.birthDates());
        assertThat(back.programs()).isEqualTo(PERSON.programs());
        assertThat(back.remarks()).isEqualTo(PERSON.remarks());
        assertThat(back.identifiers()).containsExactly(new Identifier(IdentifierType.PASSPORT, "A123"),
                new Identifier(IdentifierType.EMAIL, "jd@example.com"));
        assertThat(back.addresses()).containsExactly(new Address("1 Main St, Tehran, Iran", null, null));
    }

    @Test
    void roundTripsTheRealUnListWithTheSameNamesAndCountries() {
        ImportResult un = ListImporters.read(ListFormat.UN_XML, SharedData.files("un-sc-2026-02-27", "consolidated.xml"))
                .getFirst();
        StringWriter out = new StringWriter();
        FtmJson.write(un.entities(), out);
        ImportResult back = read(out.toString()).getFirst();
        assertThat(back.source()).isEqualTo("un-sc");
        assertThat(back.hasErrors()).isFalse();
        assertThat(back.entities()).hasSize(1003);
        for (int i = 0; i < un.entities().size(); i++) {
            ListEntity a = un.entities().get(i);
            ListEntity b = back.entities().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.names()).containsExactlyInAnyOrderElementsOf(a.names());
            assertThat(b.countries()).isEqualTo(a.countries());
            assertThat(b.birthDates()).containsExactlyInAnyOrderElementsOf(a.birthDates());
        }
    }

    @Test
    void skipsNonPartySchemataAndReportsBrokenLines() {
        List<ImportResult> results = read("""
                {"id":"x1","schema":"Company","properties":{"name":["Acme"],"jurisdiction":["ru"]},"datasets":["eu_fsf"]}
                {"id":"s1","schema":"Sanction","properties":{"program":["X"]},"datasets":["eu_fsf"]}
                {"id":"x2","schema":"Person","properties":{}}
                {not json
                """);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("eu-fsf");
            assertThat(r.entities()).singleElement().satisfies(e -> {
                assertThat(e.schema()).isEqualTo(Schema.COMPANY);
                assertThat(e.countries()).containsExactly("RU");
                assertThat(e.names()).containsExactly(new EntityName("Acme", NameKind.PRIMARY));
            });
            assertThat(r.hasErrors()).isTrue();
            assertThat(r.issues()).anyMatch(i -> i.location().equals("line 3") && "name".equals(i.field()));
            assertThat(r.issues()).anyMatch(i -> i.location().equals("line 4") && i.reason().startsWith("not valid JSON"));
            assertThat(r.issues()).anyMatch(i -> i.reason().contains("1 entities of schema Sanction"));
        });
    }
}
