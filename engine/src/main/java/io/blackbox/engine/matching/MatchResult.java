package io.blackbox.engine.matching;

import io.blackbox.engine.lists.Schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A scored candidate.
 *
 * @param entityId    the candidate's global id
 * @param caption     the candidate's display name
 * @param schema      the candidate's schema
 * @param score       0 to 1
 * @param band        the band of the score under the matcher's thresholds
 * @param explanation why
 */
public record MatchResult(String entityId, String caption, Schema schema, double score, Band band,
                          Explanation explanation) {
    public MatchResult {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(explanation, "explanation");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score " + score + " of " + entityId + " is not in [0, 1]");
        }
    }

    /**
     * Best first: by score, then by entity id so that equal scores always come in one order. Written out
     * rather than composed from key extractors: every screening sorts its candidates with it.
     */
    public static final Comparator<MatchResult> BEST_FIRST = (a, b) -> {
        int byScore = Double.compare(b.score, a.score);
        return byScore != 0 ? byScore : a.entityId.compareTo(b.entityId);
    };

    public boolean isMatch() {
        return band == Band.MATCH;
    }
}
