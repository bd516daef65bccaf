package io.blackbox.engine.linking;

/**
 * The contact-value normalisation that linking uses, for callers outside the engine (report intake)
 * so that a phone number or e-mail address is canonical in the same way everywhere. Thread-safe.
 */
public final class Contacts {

    private Contacts() {
    }

    /**
     * A phone number in E.164 ({@code +<country code><number>}), or {@code #<digits>} for a national
     * number without a known country; null when {@code raw} is not a phone number.
     *
     * @param alpha2 the ISO 3166 alpha-2 code of the party's country, used for national numbers; may be null
     */
    public static String phone(String raw, String alpha2) {
        return raw == null || raw.isBlank() ? null : Phones.normalise(raw, alpha2);
    }

    /** The lower-cased e-mail address, or null when {@code raw} is not one. */
    public static String email(String raw) {
        return raw == null || raw.isBlank() ? null : Emails.normalise(raw);
    }

    /** The lower-cased host of a web site without scheme, path, port or "www.", or null when it is not one. */
    public static String domain(String raw) {
        return raw == null || raw.isBlank() ? null : Emails.domain(raw);
    }

    /** A postal address folded to ASCII lower case with common words abbreviated ("street" to "st"), or null when empty. */
    public static String address(String raw) {
        return raw == null || raw.isBlank() ? null : RecordPreparer.normaliseAddress(raw);
    }

    /** A registration, tax or other identifier as upper-case letters and digits, or null when too short or a placeholder. */
    public static String identifier(String raw) {
        return raw == null || raw.isBlank() ? null : RecordPreparer.normaliseIdentifier(raw);
    }
}
