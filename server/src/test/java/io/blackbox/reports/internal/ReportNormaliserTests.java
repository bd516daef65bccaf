package io.blackbox.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.blackbox.reports.ReportContent;
import io.blackbox.reports.ReportSubmission;
import io.blackbox.reports.ReportsProperties;
import org.junit.jupiter.api.Test;

/** Field-by-field checking and normalisation of submissions, without the database. */
class ReportNormaliserTests {

    private final ReportNormaliser normaliser = new ReportNormaliser(new ReferenceData(),
            new ReportsProperties(null, null, null, null, null, null, null, null),
            Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));

    private static ReportSubmission submission(ReportSubmission.Party party, List<ReportSubmission.Item> items,
                                               List<String> flags, String receivedAt) {
        return new ReportSubmission(receivedAt, "E-Mail", party, List.of(), null, null, items, flags, null,
                "licence denied", null, null, null, null);
    }

    @Test
    void normalisesEveryContactValueAndKeepsWhatWasSubmitted() {
        var party = new ReportSubmission.Party("Person", "Иван Петров", List.of("Ivan Petrov"), "Russia",
                List.of("Main Street 5"), List.of(" Ivan@Example.RU "), List.of("007 495 123 45 67", "+7 (495) 123-45-67"),
                List.of("https://www.Example.ru/contact"), List.of("ogrn 1027700132195"));
        var outcome = normaliser.normalise(submission(party, List.of(), List.of("bis 2", "BIS-02"), "2026-01-05T10:15:00Z"));
        assertThat(outcome.problems()).isEmpty();
        ReportContent c = outcome.content();
        ReportContent.Normalised n = c.inquirer().normalised();
        assertThat(n.country()).isEqualTo("RU");
        assertThat(n.emails()).containsExactly("ivan@example.ru");
        assertThat(n.phones()).containsExactly("+74951234567");
        assertThat(n.domains()).containsExactly("example.ru");
        assertThat(n.names()).hasSize(1).allMatch(s -> s.matches("[a-z ]+"));
        assertThat(n.addresses()).containsExactly("main st 5");
        assertThat(n.identifiers()).containsExactly("OGRN1027700132195");
        assertThat(c.inquirer().name()).isEqualTo("Иван Петров");
        assertThat(c.inquirer().kind()).isEqualTo("person");
        assertThat(c.redFlags()).containsExactly("BIS-02");
        assertThat(c.channel()).isEqualTo("email");
        assertThat(c.action()).isEqualTo("licence-denied");
        assertThat(c.receivedAt()).hasToString("2026-01-05");
        assertThat(outcome.queries()).containsKey("inquirer");
    }

    @Test
    void collectsEveryProblemWithItsField() {
        var party = new ReportSubmission.Party(null, "Acme", null, "Narnia", null, List.of("nope"), List.of("abc"), null, null);
        var items = List.of(new ReportSubmission.Item("x", "1A997", "ZZ", "12", new BigDecimal("-1"), null, "EURO"));
        var outcome = normaliser.normalise(submission(party, items, List.of("BIS-14"), "2026-02-29"));
        assertThat(outcome.problems()).extracting(ReportNormaliser.Problem::field).containsExactlyInAnyOrder(
                "receivedAt", "inquirer.country", "inquirer.emails[0]", "inquirer.phones[0]", "items[0].eccn",
                "items[0].euCode", "items[0].hsCode", "items[0].quantity", "items[0].currency", "redFlags[0]");
    }

    @Test
    void acceptsEccnParagraphsAndEar99AndRefusesUnlistedEntries() {
        ReferenceData ref = new ReferenceData();
        assertThat(ref.eccn("3a001.A")).contains("3A001.a");
        assertThat(ref.eccn("ear99")).contains("EAR99");
        assertThat(ref.eccn("1A997")).isEmpty();
        assertThat(ref.eccn("drop table")).isEmpty();
        assertThat(ref.redFlags()).hasSize(13);
    }
}
