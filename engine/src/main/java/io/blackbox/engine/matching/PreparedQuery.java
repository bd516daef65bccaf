package io.blackbox.engine.matching;

import io.blackbox.engine.names.NormalizedName;

import java.util.Objects;

/**
 * A query whose names are normalised once ({@link Matcher#prepare(Query)}), to search several indexes
 * (the public lists, the directory's actors) and score records without transliterating the names again.
 * Use it with indexes and matchers that share the preparing matcher's normalisation.
 */
public final class PreparedQuery {

    private final Query query;
    final PreparedRecord record;
    private final NormalizedName firstName;

    PreparedQuery(Query query, PreparedRecord record, NormalizedName firstName) {
        this.query = Objects.requireNonNull(query, "query");
        this.record = Objects.requireNonNull(record, "record");
        this.firstName = firstName;
    }

    /**
     * The main normalised form of the query's first name (what {@code NameNormalizer.normalize} gives for it),
     * or null when the query has no name or its first name cannot be normalised.
     */
    public NormalizedName firstName() {
        return firstName;
    }

    /** The query as given. */
    public Query query() {
        return query;
    }
}
