package io.blackbox.engine.lists;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a restricted-party list, in one model for every source.
 *
 * @param source      the list it comes from, a stable lower-case key such as {@code us-ofac-sdn}
 * @param sourceId    the entry's id within that list (OFAC ent_num, UN reference number, ...)
 * @param schema      FollowTheMoney schema
 * @param names       every name; at least one, the first primary name is the caption
 * @param addresses   postal addresses
 * @param countries   ISO 3166-1 alpha-2 codes of nationality, citizenship, registration or address
 * @param birthDates  dates of birth (persons) or incorporation, possibly partial
 * @param identifiers typed identifiers, including e-mails, phones and websites found in remarks
 * @param programs    sanction programmes or legal bases (e.g. {@code SDGT}, {@code IRAN-EO13382})
 * @param remarks     the source's free-text remarks, or null
 */
public record ListEntity(
        String source,
        String sourceId,
        Schema schema,
        List<EntityName> names,
        List<Address> addresses,
        List<String> countries,
        List<PartialDate> birthDates,
        List<Identifier> identifiers,
        List<String> programs,
        String remarks) {

    private static final java.util.regex.Pattern SOURCE_KEY = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final java.util.regex.Pattern COUNTRY_CODE = java.util.regex.Pattern.compile("[A-Z]{2}");

    public ListEntity {
        if (source == null || !SOURCE_KEY.matcher(source).matches()) {
            throw new IllegalArgumentException("source '" + source + "' must be lower-case letters, digits and dashes");
        }
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("sourceId is empty for an entity of " + source);
        }
        Objects.requireNonNull(schema, "schema");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entity " + source + ":" + sourceId + " has no name");
        }
        addresses = List.copyOf(addresses);
        countries = List.copyOf(countries);
        for (String c : countries) {
            if (!COUNTRY_CODE.matcher(c).matches()) {
                throw new IllegalArgumentException("entity " + source + ":" + sourceId + " country '" + c
                        + "' is not an ISO 3166-1 alpha-2 code");
            }
        }
        birthDates = List.copyOf(birthDates);
        identifiers = List.copyOf(identifiers);
        programs = List.copyOf(programs);
        remarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
    }

    /** The global id, {@code source:sourceId}. */
    public String id() {
        return source + ":" + sourceId;
    }

    /** The name to show: the first primary name, else the first name. */
    public String caption() {
        return names.stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst().orElse(names.getFirst()).value();
    }
}
