package io.blackbox.lists;

import java.time.Instant;
import java.util.UUID;

/** A list as the product knows it: its current version, size and last refresh. */
public record ListSource(String key, String title, String format, UUID ownerOrgId, int currentVersion,
                         int entityCount, Instant lastRefreshAt, String lastError) {
}
