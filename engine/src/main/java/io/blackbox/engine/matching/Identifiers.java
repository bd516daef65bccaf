package io.blackbox.engine.matching;

import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.IdentifierType;

import java.util.Locale;

/** Normal forms of identifiers, so that "AB 123-456" and "ab123456" compare equal. */
final class Identifiers {
    private Identifiers() {
    }

    /** The comparable key {@code TYPE:value}, or null when nothing comparable is left. */
    static String key(Identifier id) {
        String v = id.value().strip().toLowerCase(Locale.ROOT);
        String norm = switch (id.type()) {
            case EMAIL -> v;
            case WEBSITE -> domain(v);
            case PHONE -> {
                String digits = v.replaceAll("[^0-9]", "");
                // Country codes and trunk prefixes vary in how lists write numbers; the last nine digits
                // identify the line.
                yield digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
            }
            case IMO -> v.replaceAll("[^0-9]", "");
            default -> v.replaceAll("[^\\p{L}\\p{N}]", "");
        };
        return norm.isEmpty() ? null : type(id.type()) + ":" + norm;
    }

    /** E-mail addresses and websites both point at a domain; keys of the domain let them meet. */
    static String domainKey(Identifier id) {
        String v = id.value().strip().toLowerCase(Locale.ROOT);
        if (id.type() == IdentifierType.EMAIL) {
            int at = v.lastIndexOf('@');
            return at < 0 ? null : "DOMAIN:" + domain(v.substring(at + 1));
        }
        if (id.type() == IdentifierType.WEBSITE) {
            String d = domain(v);
            return d.isEmpty() ? null : "DOMAIN:" + d;
        }
        return null;
    }

    /** Strong identifiers name one party; a conflict between them is evidence against identity. */
    static boolean isStrong(IdentifierType t) {
        return switch (t) {
            case PASSPORT, NATIONAL_ID, TAX_ID, REGISTRATION, IMO, MMSI, AIRCRAFT_REGISTRATION, SWIFT_BIC -> true;
            default -> false;
        };
    }

    private static String type(IdentifierType t) {
        // Registration and tax numbers are often given under each other's label.
        return t == IdentifierType.TAX_ID ? IdentifierType.REGISTRATION.name() : t.name();
    }

    private static String domain(String v) {
        String d = v.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int slash = d.indexOf('/');
        return slash < 0 ? d : d.substring(0, slash);
    }
}
