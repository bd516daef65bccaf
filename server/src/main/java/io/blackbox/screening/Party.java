package io.blackbox.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.matching.Query;
import io.blackbox.engine.names.NameNormalizer;
import io.blackbox.platform.InvalidInputException;

/**
 * A counterparty to screen, as a member describes it: names in any script and whatever else it knows.
 * Validated on construction, each problem naming its field.
 */
public record Party(List<String> names, Schema schema, List<String> countries, List<PartialDate> birthDates,
                    List<Identifier> identifiers, String address) {

    public static final int MAX_NAMES = 20;

    public Party {
        names = List.copyOf(names);
        countries = List.copyOf(countries);
        birthDates = List.copyOf(birthDates);
        identifiers = List.copyOf(identifiers);
        if (names.isEmpty() && identifiers.isEmpty()) {
            throw new InvalidInputException("name", "give at least one name or identifier");
        }
    }

    /**
     * Builds a party from loosely typed input, as the API and files give it.
     *
     * @throws InvalidInputException naming the first field that is wrong
     */
    public static Party parse(List<String> names, String schema, List<String> countries, List<String> birthDates,
                              List<IdentifierInput> identifiers, String address, String email, String phone,
                              String website) {
        List<String> cleanNames = new ArrayList<>();
        for (String n : names == null ? List.<String>of() : names) {
            if (n == null || n.isBlank()) {
                continue;
            }
            if (n.length() > NameNormalizer.MAX_LENGTH) {
                throw new InvalidInputException("name", "a name has " + n.length() + " characters; the limit is "
                        + NameNormalizer.MAX_LENGTH);
            }
            if (n.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new InvalidInputException("name", "the name '" + abbreviate(n) + "' has no letter or digit");
            }
            cleanNames.add(n.strip());
        }
        if (cleanNames.size() > MAX_NAMES) {
            throw new InvalidInputException("name", "at most " + MAX_NAMES + " names per party");
        }
        Schema s = null;
        if (schema != null && !schema.isBlank()) {
            try {
                s = Schema.parse(schema);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("schema", e.getMessage());
            }
        }
        List<String> codes = new ArrayList<>();
        for (String c : countries == null ? List.<String>of() : countries) {
            if (c == null || c.isBlank()) {
                continue;
            }
            codes.add(Countries.toCode(c).orElseThrow(() -> new InvalidInputException("country",
                    "unknown country '" + abbreviate(c) + "' (an ISO 3166 code or English name)")));
        }
        List<PartialDate> dates = new ArrayList<>();
        for (String d : birthDates == null ? List.<String>of() : birthDates) {
            if (d == null || d.isBlank()) {
                continue;
            }
            try {
                dates.add(PartialDate.parse(d));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("dob", e.getMessage());
            }
        }
        List<Identifier> ids = new ArrayList<>();
        for (IdentifierInput i : identifiers == null ? List.<IdentifierInput>of() : identifiers) {
            ids.add(i.toIdentifier());
        }
        addIfPresent(ids, IdentifierType.EMAIL, email);
        addIfPresent(ids, IdentifierType.PHONE, phone);
        addIfPresent(ids, IdentifierType.WEBSITE, website);
        return new Party(cleanNames, s, codes, dates, ids, address == null || address.isBlank() ? null : address.strip());
    }

    /** The engine's query for this party. */
    public Query toQuery() {
        return new Query(names, schema, countries, birthDates, identifiers);
    }

    /** The first name, or the first identifier when there is no name. */
    public String caption() {
        return names.isEmpty() ? identifiers.getFirst().value() : names.getFirst();
    }

    /**
     * A stable key for "the same counterparty" across screenings: the first name in its Latin,
     * normalised form, and the schema. Used to remember reviewed hits; it is a hash, so the key itself
     * reveals no name.
     */
    public String counterpartyKey() {
        return counterpartyKey(names.isEmpty() ? null : NameNormalizer.getDefault().normalize(names.getFirst()).latin());
    }

    /**
     * The same key, taking the first name's normalised form from a query prepared from this party with the
     * default normalisation (so that a screening does not transliterate the name a second time).
     */
    public String counterpartyKey(io.blackbox.engine.matching.PreparedQuery prepared) {
        if (names.isEmpty() || prepared.firstName() == null) {
            return counterpartyKey();
        }
        return counterpartyKey(prepared.firstName().latin());
    }

    private String counterpartyKey(String firstLatin) {
        String basis = names.isEmpty() ? identifiers.getFirst().type() + ":" + identifiers.getFirst().value()
                : firstLatin;
        String text = basis.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip() + "|"
                + (schema == null ? "" : schema.isPerson() ? "person" : "other");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void addIfPresent(List<Identifier> ids, IdentifierType type, String value) {
        if (value != null && !value.isBlank()) {
            ids.add(new Identifier(type, value.strip()));
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** An identifier as given: a type such as passport, imo, registration, email, phone, website, and a value. */
    public record IdentifierInput(String type, String value) {
        Identifier toIdentifier() {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException("identifiers", "an identifier has no value");
            }
            IdentifierType t;
            try {
                t = IdentifierType.valueOf((type == null ? "OTHER" : type).strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("identifiers", "unknown identifier type '" + type + "'");
            }
            return new Identifier(t, value.strip());
        }
    }
}
