package io.blackbox.platform;

import java.util.Locale;

/** The three kinds of organisation on the platform. */
public enum OrganisationKind {
    MEMBER,
    OPERATOR,
    REGULATOR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a new API key gets in an organisation of this kind when the request names none. */
    public Role defaultKeyRole() {
        return switch (this) {
            case MEMBER -> Role.MEMBER_ANALYST;
            case OPERATOR -> Role.OPERATOR_ANALYST;
            case REGULATOR -> Role.REGULATOR;
        };
    }

    /** @throws IllegalArgumentException naming the value when it is no kind */
    public static OrganisationKind parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("kind is missing");
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "member" -> MEMBER;
            case "operator" -> OPERATOR;
            case "regulator" -> REGULATOR;
            default -> throw new IllegalArgumentException(
                    "unknown organisation kind '" + value + "' (expected member, operator or regulator)");
        };
    }
}
