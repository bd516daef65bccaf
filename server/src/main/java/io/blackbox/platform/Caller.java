package io.blackbox.platform;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who is asking: a signed-in user, an API key, or the system itself (start-up, command line, jobs).
 * Every database transaction is scoped to the caller through row-level security.
 *
 * @param userId the user, or the user an API key belongs to; null for the system and organisation keys
 * @param orgId  the caller's organisation; null only for the system
 * @param orgKind the organisation's kind; null only for the system
 * @param role   the role; null only for the system
 * @param label  what the audit trail shows: a username, {@code key:<prefix>} or {@code system:<what>}
 * @param scopes for API keys, {@code read} and/or {@code write}; users have both
 * @param keyId  the API key the request came with; null for signed-in users and the system. Key names are
 *               not unique, so whatever is counted per key (rate limits) is counted by this id
 */
public record Caller(UUID userId, UUID orgId, OrganisationKind orgKind, Role role, String label, Set<String> scopes,
                     UUID keyId) implements Serializable {

    public static final String READ = "read";
    public static final String WRITE = "write";

    public Caller {
        Objects.requireNonNull(label, "label");
        scopes = Set.copyOf(scopes);
        if (orgId == null ? (orgKind != null || role != null) : (orgKind == null || role == null)) {
            throw new IllegalArgumentException("caller " + label + " must have organisation, kind and role together");
        }
    }

    /** A caller without an API key: a signed-in user, or the system. */
    public Caller(UUID userId, UUID orgId, OrganisationKind orgKind, Role role, String label, Set<String> scopes) {
        this(userId, orgId, orgKind, role, label, scopes, null);
    }

    /** The system itself, seeing across organisations; {@code what} says which job, for the audit trail. */
    public static Caller system(String what) {
        return new Caller(null, null, null, null, "system:" + what, Set.of(READ, WRITE));
    }

    public boolean isSystem() {
        return orgId == null;
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean canWrite() {
        return scopes.contains(WRITE);
    }

    /** True when this caller belongs to the operator organisation (or is the system). */
    public boolean isOperatorStaff() {
        return isSystem() || orgKind == OrganisationKind.OPERATOR;
    }
}
