package io.blackbox.engine.matching;

import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.names.NormalizedName;

import java.util.List;
import java.util.Set;

/**
 * A record or query with its names normalised once, so that rescoring never transliterates again.
 *
 * @param id          record id, or a label for queries and pairs
 * @param caption     display name
 * @param schema      schema or null when unknown
 * @param names       normalised names that could be normalised
 * @param prepared    the same names made ready for the comparator
 * @param weak        per name, whether it is a weak alias
 * @param countries   ISO codes
 * @param birthDates  dates
 * @param identifiers identifier keys ({@link Identifiers#key})
 * @param strongTypes identifier types present that are strong
 */
record PreparedRecord(String id, String caption, Schema schema, List<NormalizedName> names,
                      List<NameComparator.Prepared> prepared, boolean[] weak,
                      List<String> countries, List<PartialDate> birthDates, Set<String> identifiers,
                      Set<String> strongTypes) {
}
