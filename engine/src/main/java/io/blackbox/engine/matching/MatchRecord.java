package io.blackbox.engine.matching;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;

import java.util.List;

/**
 * What the index holds about one screenable party: a list entity, or (later) a pooled actor of the
 * directory, which maps itself into this record.
 *
 * @param id          the global id returned in results
 * @param schema      the party's schema, or null when it is not known here (no schema feature; names are
 *                    compared the way the query's schema asks; results show it as LegalEntity)
 * @param caption     the display name
 * @param names       every name with its kind; weak aliases count a little less
 * @param countries   ISO alpha-2 codes
 * @param birthDates  dates of birth or incorporation
 * @param identifiers typed identifiers, matched exactly after normalisation
 */
public record MatchRecord(String id, Schema schema, String caption, List<EntityName> names, List<String> countries,
                          List<PartialDate> birthDates, List<Identifier> identifiers) {
    public MatchRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("record id is empty");
        }
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("record " + id + " has no name");
        }
        caption = caption == null || caption.isBlank() ? names.getFirst().value() : caption;
        countries = List.copyOf(countries);
        birthDates = List.copyOf(birthDates);
        identifiers = List.copyOf(identifiers);
    }

    /** The record of a list entity. */
    public static MatchRecord of(ListEntity e) {
        return new MatchRecord(e.id(), e.schema(), e.caption(), e.names(), e.countries(), e.birthDates(),
                e.identifiers());
    }
}
