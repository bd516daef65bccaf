package io.blackbox.engine.lists;

/** Kinds of identifiers that lists and reports carry; compared exactly after normalisation. */
public enum IdentifierType {
    PASSPORT,
    NATIONAL_ID,
    TAX_ID,
    REGISTRATION,
    IMO,
    MMSI,
    AIRCRAFT_REGISTRATION,
    SWIFT_BIC,
    EMAIL,
    PHONE,
    WEBSITE,
    OTHER
}
