package io.blackbox.engine.lists;

/**
 * A postal address. {@code full} is the address as one line; {@code city} and {@code country}
 * (ISO 3166-1 alpha-2, upper case) are filled where the source separates them, else null.
 */
public record Address(String full, String city, String country) {
    public Address {
        if (full == null || full.isBlank()) {
            throw new IllegalArgumentException("address is empty");
        }
        full = full.strip();
        city = blankToNull(city);
        country = blankToNull(country);
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("address country '" + country + "' is not an ISO 3166-1 alpha-2 code");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
