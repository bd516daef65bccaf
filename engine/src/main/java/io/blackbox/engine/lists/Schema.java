package io.blackbox.engine.lists;

import java.util.Locale;

/** The FollowTheMoney schemata that restricted-party lists use. */
public enum Schema {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    COMPANY("Company"),
    LEGAL_ENTITY("LegalEntity"),
    VESSEL("Vessel"),
    AIRPLANE("Airplane");

    private final String ftmName;

    Schema(String ftmName) {
        this.ftmName = ftmName;
    }

    /** The schema's name as FollowTheMoney spells it, e.g. {@code LegalEntity}. */
    public String ftmName() {
        return ftmName;
    }

    public boolean isPerson() {
        return this == PERSON;
    }

    /** Organisation-like schemata are compared with each other: a list's "entity" may be any of them. */
    public boolean isOrganisationLike() {
        return this == ORGANIZATION || this == COMPANY || this == LEGAL_ENTITY;
    }

    /**
     * Parses an FtM schema name or one of the plain words used in custom lists
     * (person, organisation, organization, company, entity, vessel, aircraft, airplane).
     *
     * @throws IllegalArgumentException naming the value when it is none of those
     */
    public static Schema parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("schema is empty");
        }
        String v = value.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
        return switch (v) {
            case "person", "individual" -> PERSON;
            case "organization", "organisation", "org" -> ORGANIZATION;
            case "company" -> COMPANY;
            case "legalentity", "entity" -> LEGAL_ENTITY;
            case "vessel", "ship" -> VESSEL;
            case "airplane", "aircraft", "aeroplane" -> AIRPLANE;
            default -> throw new IllegalArgumentException("unknown schema '" + value
                    + "' (expected Person, Organization, Company, LegalEntity, Vessel or Airplane)");
        };
    }
}
