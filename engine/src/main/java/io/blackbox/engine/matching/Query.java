package io.blackbox.engine.matching;

import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;

import java.util.List;

/**
 * What to screen: one or more names of one party, and whatever else is known.
 *
 * @param names       names in any script; at least one unless identifiers are given
 * @param schema      the party's schema, or null when unknown
 * @param countries   ISO alpha-2 codes
 * @param birthDates  dates of birth or incorporation
 * @param identifiers identifiers (passport, IMO, registration number, e-mail, phone, website ...)
 */
public record Query(List<String> names, Schema schema, List<String> countries, List<PartialDate> birthDates,
                    List<Identifier> identifiers) {
    public Query {
        names = names.stream().filter(n -> n != null && !n.isBlank()).toList();
        countries = List.copyOf(countries);
        birthDates = List.copyOf(birthDates);
        identifiers = List.copyOf(identifiers);
        if (names.isEmpty() && identifiers.isEmpty()) {
            throw new IllegalArgumentException("query has neither a name nor an identifier");
        }
    }

    /** A query by one name and nothing else. */
    public static Query name(String name) {
        return new Query(List.of(name), null, List.of(), List.of(), List.of());
    }

    /** A query by one name of a known schema. */
    public static Query name(String name, Schema schema) {
        return new Query(List.of(name), schema, List.of(), List.of(), List.of());
    }
}
