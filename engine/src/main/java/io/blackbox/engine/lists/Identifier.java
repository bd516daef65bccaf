package io.blackbox.engine.lists;

import java.util.Objects;

/**
 * A typed identifier. {@code value} is as given by the source; {@code country} (ISO alpha-2) and
 * {@code note} (e.g. the source's label "Cedula No.") are optional.
 */
public record Identifier(IdentifierType type, String value, String country, String note) {
    public Identifier {
        Objects.requireNonNull(type, "type");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(type + " identifier value is empty");
        }
        value = value.strip();
        country = country == null || country.isBlank() ? null : country.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public Identifier(IdentifierType type, String value) {
        this(type, value, null, null);
    }
}
