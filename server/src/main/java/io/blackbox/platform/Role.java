package io.blackbox.platform;

import java.util.Locale;
import java.util.Set;

/** What a user or API key may do. Each role belongs to certain kinds of organisation. */
public enum Role {
    MEMBER_ANALYST(OrganisationKind.MEMBER),
    MEMBER_ADMIN(OrganisationKind.MEMBER),
    OPERATOR_ANALYST(OrganisationKind.OPERATOR),
    OPERATOR_ADMIN(OrganisationKind.OPERATOR),
    REGULATOR(OrganisationKind.REGULATOR),
    AUDITOR(OrganisationKind.OPERATOR, OrganisationKind.REGULATOR);

    private final Set<OrganisationKind> kinds;

    Role(OrganisationKind... kinds) {
        this.kinds = Set.of(kinds);
    }

    /** The role as stored and as the API spells it, e.g. {@code member_admin}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, e.g. {@code ROLE_MEMBER_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean allowedIn(OrganisationKind kind) {
        return kinds.contains(kind);
    }

    public boolean isAdmin() {
        return this == MEMBER_ADMIN || this == OPERATOR_ADMIN;
    }

    /** @throws IllegalArgumentException naming the value when it is no role */
    public static Role parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("role is missing");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + value + "' (expected one of member_analyst, "
                    + "member_admin, operator_analyst, operator_admin, regulator, auditor)");
        }
    }
}
