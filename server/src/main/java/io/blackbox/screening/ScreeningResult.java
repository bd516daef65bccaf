package io.blackbox.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored screening.
 *
 * @param hits       ranked hits, best first, without those the member cleared for this counterparty
 * @param suppressed hits left out because the member cleared them and the list entity has not changed since
 * @param directory  pooled actors of the directory resembling the party that the member may see, blinded
 *                   (empty for regulators, and in screenings stored before pooled screening)
 */
public record ScreeningResult(UUID id, Instant screenedAt, String reference, Party party, List<Hit> hits,
                              List<Hit> suppressed, List<PooledHit> directory) {
    public ScreeningResult {
        directory = directory == null ? List.of() : List.copyOf(directory);
    }
}
