package io.blackbox.platform;

import java.time.Instant;
import java.util.UUID;

/** A member firm, the operator, or a regulator. */
public record Organisation(UUID id, String name, OrganisationKind kind, Instant createdAt) {
}
