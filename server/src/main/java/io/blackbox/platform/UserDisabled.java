package io.blackbox.platform;

import java.util.Objects;
import java.util.UUID;

/** A user was disabled: it signs in no more, and API keys bound to it stop working. */
public record UserDisabled(UUID userId, UUID orgId) {
    public UserDisabled {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(orgId, "orgId");
    }
}
