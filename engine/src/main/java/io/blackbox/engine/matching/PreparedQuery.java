package io.blackbox.engine.matching;

import java.util.Objects;

/**
 * A query whose names are normalised once ({@link Matcher#prepare(Query)}), to search several indexes
 * (the public lists, the directory's actors) and score records without transliterating the names again.
 * Use it with indexes and matchers that share the preparing matcher's normalisation.
 */
public final class PreparedQuery {

    private final Query query;
    final PreparedRecord record;

    PreparedQuery(Query query, PreparedRecord record) {
        this.query = Objects.requireNonNull(query, "query");
        this.record = Objects.requireNonNull(record, "record");
    }

    /** The query as given. */
    public Query query() {
        return query;
    }
}
