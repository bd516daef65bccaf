package io.blackbox.engine.matching;

import java.util.Objects;

/**
 * A record whose names are normalised once ({@link Matcher#prepareCandidate}), to score many queries
 * against without transliterating its names again: for callers that keep records in memory outside an
 * index, such as the directory's actors as one organisation sees them.
 */
public final class PreparedCandidate {

    final PreparedRecord record;

    PreparedCandidate(PreparedRecord record) {
        this.record = Objects.requireNonNull(record, "record");
    }

    /** The record's id. */
    public String id() {
        return record.id();
    }
}
