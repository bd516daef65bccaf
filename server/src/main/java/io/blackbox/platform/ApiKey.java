package io.blackbox.platform;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An API key as listed: never its secret, which is shown once at creation and stored only as a hash. */
public record ApiKey(UUID id, UUID orgId, String name, Role role, Set<String> scopes, String prefix,
                     Instant createdAt, Instant revokedAt, Instant lastUsedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
