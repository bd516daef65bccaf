package io.blackbox.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The validated, normalised body of a report: what other members may see of it once blinded. It never
 * holds the reporter's identity or reference; those are sealed apart (see {@link ReportView}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportContent(
        LocalDate receivedAt,
        String channel,
        Party inquirer,
        List<Party> persons,
        String endUser,
        String endUse,
        List<Item> items,
        List<String> redFlags,
        String redFlagNotes,
        String action,
        String narrative) {

    public ReportContent {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(inquirer, "inquirer");
        Objects.requireNonNull(action, "action");
        persons = persons == null ? List.of() : List.copyOf(persons);
        items = items == null ? List.of() : List.copyOf(items);
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
    }

    /**
     * A party with its values as submitted and their normalised forms.
     *
     * @param normalised the comparable forms: Latin name, ISO country, E.164 phones, lower-case e-mails and domains
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Party(String kind, String name, List<String> names, String country, List<String> addresses,
                        List<String> emails, List<String> phones, List<String> websites, List<String> identifiers,
                        Normalised normalised) {
        // empty lists are left out of the stored JSON, so they come back as null
        public Party {
            names = orEmpty(names);
            addresses = orEmpty(addresses);
            emails = orEmpty(emails);
            phones = orEmpty(phones);
            websites = orEmpty(websites);
            identifiers = orEmpty(identifiers);
        }
    }

    /** Normalised values of a party, in the order given; values that normalise alike appear once. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Normalised(List<String> names, String country, List<String> addresses, List<String> emails,
                             List<String> phones, List<String> domains, List<String> identifiers) {
        public Normalised {
            names = orEmpty(names);
            addresses = orEmpty(addresses);
            emails = orEmpty(emails);
            phones = orEmpty(phones);
            domains = orEmpty(domains);
            identifiers = orEmpty(identifiers);
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** An item sought, with its classification upper-cased and checked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String description, String eccn, String eccnHeading, String euCode, String hsCode,
                       BigDecimal quantity, BigDecimal value, String currency) {
    }
}
