package io.blackbox.platform;

import java.time.Instant;
import java.util.UUID;

/** A person who signs in. The password hash never leaves the platform module. */
public record User(UUID id, UUID orgId, String username, String displayName, Role role, boolean enabled,
                   boolean mustChangePassword, Instant createdAt) {
}
