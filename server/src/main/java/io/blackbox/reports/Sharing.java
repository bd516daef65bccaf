package io.blackbox.reports;

import java.util.Locale;

/** Who may see a report besides its reporter and the operator. */
public enum Sharing {
    /** Only the operator. */
    OPERATOR("operator"),
    /** Every member, blinded. */
    MEMBERS("members"),
    /** Every member, blinded, and eligible for release to regulators (the reporter's identity only with consent per release). */
    MEMBERS_GOVERNMENT("members+government");

    private final String key;

    Sharing(String key) {
        this.key = key;
    }

    /** As stored and as the API spells it. */
    public String key() {
        return key;
    }

    public boolean sharedWithMembers() {
        return this != OPERATOR;
    }

    /** @throws IllegalArgumentException naming the value and the choices */
    public static Sharing parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace(' ', '+');
        for (Sharing s : values()) {
            if (s.key.equals(v)) {
                return s;
            }
        }
        if (v.equals("members_government") || v.equals("members-government") || v.equals("government")) {
            return MEMBERS_GOVERNMENT;
        }
        throw new IllegalArgumentException("unknown sharing level '" + value
                + "' (expected operator, members or members+government)");
    }
}
