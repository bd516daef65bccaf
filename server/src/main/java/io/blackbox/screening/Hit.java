package io.blackbox.screening;

import io.blackbox.engine.matching.Explanation;
import io.blackbox.engine.matching.MatchResult;

/**
 * One list entity that plausibly is the screened party.
 *
 * @param source   the list it is on
 * @param decision the member's last review of this hit for this counterparty ({@code cleared},
 *                 {@code confirmed}), or null
 */
public record Hit(String entityId, String caption, String schema, String source, double score, String band,
                  Explanation explanation, String decision) {

    static Hit of(MatchResult r, String decision) {
        return new Hit(r.entityId(), r.caption(), r.schema().ftmName(), sourceOf(r.entityId()),
                Math.round(r.score() * 10_000) / 10_000.0, r.band().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                r.explanation(), decision);
    }

    /** A hit without a review decision. */
    public static Hit ofResult(MatchResult r) {
        return of(r, null);
    }

    static String sourceOf(String entityId) {
        int colon = entityId.indexOf(':');
        return colon < 0 ? entityId : entityId.substring(0, colon);
    }
}
