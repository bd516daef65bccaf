package io.blackbox.engine.linking;

/**
 * One report (or list entity) as it arrives for linking: raw strings, any of which but {@code id} may
 * be null. Multi-valued fields (e-mail, phone, website, identifier) separate values with {@code ;} or
 * {@code |}.
 *
 * @param id         the caller's id, unique within one linking run
 * @param name       organisation or person name, any script
 * @param address    postal address as one line
 * @param country    ISO 3166 code (alpha-2 or alpha-3) or English country name
 * @param email      e-mail addresses
 * @param phone      phone numbers in any common notation
 * @param website    web sites or bare domains
 * @param identifier registration, tax or other identifiers
 * @param dob        date of birth or incorporation, any of yyyy-mm-dd, yyyymmdd, dd/mm/yyyy, yyyy
 */
public record LinkRecord(String id, String name, String address, String country, String email,
                         String phone, String website, String identifier, String dob) {

    public LinkRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("record id is empty (name '" + name + "')");
        }
    }

    /** A record with only an id and a name. */
    public static LinkRecord of(String id, String name) {
        return new LinkRecord(id, name, null, null, null, null, null, null, null);
    }
}
