package io.blackbox.screening;

import java.time.Instant;
import java.util.UUID;

/** A counterparty a member monitors: re-screened whenever a list changes. */
public record PortfolioEntry(UUID id, String externalId, String caption, Party party, Instant createdAt,
                             Instant lastScreenedAt, int hits) {
}
