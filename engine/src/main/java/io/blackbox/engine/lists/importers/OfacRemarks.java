package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.PartialDate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structured facts out of OFAC's free-text remarks field ("DOB 10 Dec 1948; POB Baghdad,
 * Iraq; nationality Iraq; Passport A123 (Iraq); a.k.a. 'ABU X'; ...") into an {@link EntityBuilder}.
 *
 * <p>The remarks stay on the entity as they are; this only adds what can be typed. Names in remarks
 * ("a.k.a. 'BNC'") are OFAC's weak aliases: in the legacy CSV they never appear in alt.csv (checked on
 * the 2021 set: 2,423 remark aliases, none in alt.csv), which is where OFAC moved strong aliases, so
 * they are taken as {@link NameKind#WEAK_ALIAS}.
 *
 * <p>Stateless and thread-safe.
 */
public final class OfacRemarks {
    /** Labels of identifiers, longest first so that "Identification Number IMO" wins over "Identification Number". */
    private static final List<Label> LABELS = List.of(
            new Label("Vessel Registration Identification IMO", IdentifierType.IMO),
            new Label("Identification Number IMO", IdentifierType.IMO),
            new Label("Previous Aircraft Tail Number", IdentifierType.AIRCRAFT_REGISTRATION),
            new Label("Aircraft Tail Number", IdentifierType.AIRCRAFT_REGISTRATION),
            new Label("Aircraft Manufacturer's Serial Number (MSN)", IdentifierType.OTHER),
            new Label("Aircraft Manufacturer's Serial Number", IdentifierType.OTHER),
            new Label("Aircraft Mode S Transponder Code", IdentifierType.OTHER),
            new Label("Unified Social Credit Code (USCC)", IdentifierType.REGISTRATION),
            new Label("Unified Social Credit Code", IdentifierType.REGISTRATION),
            new Label("United Social Credit Code Certificate (USCCC)", IdentifierType.REGISTRATION),
            new Label("Business Registration Number", IdentifierType.REGISTRATION),
            new Label("Central Registration System Number", IdentifierType.REGISTRATION),
            new Label("Commercial Registry Number", IdentifierType.REGISTRATION),
            new Label("Certificate of Incorporation Number", IdentifierType.REGISTRATION),
            new Label("Public Registration Number", IdentifierType.REGISTRATION),
            new Label("Government Gazette Number", IdentifierType.REGISTRATION),
            new Label("Chamber of Commerce Number", IdentifierType.REGISTRATION),
            new Label("Economic Register Number (CBLS)", IdentifierType.REGISTRATION),
            new Label("Economic Register Number", IdentifierType.REGISTRATION),
            new Label("Legal Entity Number", IdentifierType.REGISTRATION),
            new Label("Registration Number", IdentifierType.REGISTRATION),
            new Label("Registration ID", IdentifierType.REGISTRATION),
            new Label("UK Company Number", IdentifierType.REGISTRATION),
            new Label("Company Number", IdentifierType.REGISTRATION),
            new Label("Business Number", IdentifierType.REGISTRATION),
            new Label("Enterprise Number", IdentifierType.REGISTRATION),
            new Label("Folio Mercantil No.", IdentifierType.REGISTRATION),
            new Label("Matricula Mercantil No", IdentifierType.REGISTRATION),
            new Label("Trade License No.", IdentifierType.REGISTRATION),
            new Label("C.R. No.", IdentifierType.REGISTRATION),
            new Label("D-U-N-S Number", IdentifierType.REGISTRATION),
            new Label("Tax ID No.", IdentifierType.TAX_ID),
            new Label("V.A.T. Number", IdentifierType.TAX_ID),
            new Label("Italian Fiscal Code", IdentifierType.TAX_ID),
            new Label("RFC", IdentifierType.TAX_ID),
            new Label("R.F.C.", IdentifierType.TAX_ID),
            new Label("NIT #", IdentifierType.TAX_ID),
            new Label("RUC #", IdentifierType.TAX_ID),
            new Label("C.U.I.T.", IdentifierType.TAX_ID),
            new Label("National Foreign ID Number", IdentifierType.NATIONAL_ID),
            new Label("National ID No.", IdentifierType.NATIONAL_ID),
            new Label("Turkish Identification Number", IdentifierType.NATIONAL_ID),
            new Label("Identification Number", IdentifierType.NATIONAL_ID),
            new Label("Personal ID Card", IdentifierType.NATIONAL_ID),
            new Label("Citizen's Card Number", IdentifierType.NATIONAL_ID),
            new Label("Birth Certificate Number", IdentifierType.NATIONAL_ID),
            new Label("Electoral Registry No.", IdentifierType.NATIONAL_ID),
            new Label("Kenyan ID No.", IdentifierType.NATIONAL_ID),
            new Label("Residency Number", IdentifierType.NATIONAL_ID),
            new Label("Cedula No.", IdentifierType.NATIONAL_ID),
            new Label("C.U.R.P.", IdentifierType.NATIONAL_ID),
            new Label("D.N.I.", IdentifierType.NATIONAL_ID),
            new Label("SSN", IdentifierType.NATIONAL_ID),
            new Label("Driver's License No.", IdentifierType.OTHER),
            new Label("Travel Document Number", IdentifierType.PASSPORT),
            new Label("Diplomatic Passport", IdentifierType.PASSPORT),
            new Label("Passport", IdentifierType.PASSPORT),
            new Label("MMSI", IdentifierType.MMSI),
            new Label("IMO", IdentifierType.IMO),
            new Label("SWIFT/BIC", IdentifierType.SWIFT_BIC),
            new Label("Email Address", IdentifierType.EMAIL),
            new Label("Email", IdentifierType.EMAIL),
            new Label("Phone Number", IdentifierType.PHONE),
            new Label("Telephone No.", IdentifierType.PHONE),
            new Label("Telephone", IdentifierType.PHONE),
            new Label("Phone", IdentifierType.PHONE),
            new Label("Fax No.", IdentifierType.PHONE),
            new Label("Fax", IdentifierType.PHONE),
            new Label("Website", IdentifierType.WEBSITE),
            new Label("Digital Currency Address -", IdentifierType.OTHER));

    private static final Pattern NAME = Pattern.compile("(?i)^(a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.)\\s*'(.+)'$");
    /** A trailing "(Country)" and the optional issue/expiry text OFAC writes after identifiers. */
    private static final Pattern TAIL = Pattern.compile(
            "^(.*?)\\s*(?:\\(([^()]*)\\))?\\s*(?:(?:issued|expires|valid)\\b.*)?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern ABBREVIATION_END = Pattern.compile(".*\\b[A-Z]\\.$");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[:\\s]+");
    private static final Pattern GENDER = Pattern.compile("(?i)\\bGender (Male|Female)\\b");

    private OfacRemarks() {
    }

    private record Label(String text, IdentifierType type) {
    }

    /**
     * Adds the facts in {@code remarks} to {@code b}. Facts it cannot read are left in the remarks text;
     * a nationality naming no known country is reported as a warning at {@code location}.
     */
    public static void apply(String remarks, EntityBuilder b, IssueLog log, String file, String location) {
        if (remarks == null || remarks.isBlank()) {
            return;
        }
        for (String raw : splitParts(remarks)) {
            String part = raw.strip();
            if (part.endsWith(".") && !ABBREVIATION_END.matcher(part).matches()) {
                part = part.substring(0, part.length() - 1).strip();
            }
            if (part.isEmpty()) {
                continue;
            }
            Matcher nm = NAME.matcher(part);
            if (nm.matches()) {
                b.name(nm.group(2), NameKind.WEAK_ALIAS);
                continue;
            }
            String p = part.regionMatches(true, 0, "alt. ", 0, 5) ? part.substring(5).strip() : part;
            String lower = p.toLowerCase(Locale.ROOT);
            if (lower.startsWith("dob ")) {
                List<PartialDate> dates = Dates.parse(p.substring(4), Dates.SlashOrder.MONTH_FIRST);
                if (dates.isEmpty()) {
                    log.warn(file, location, "remarks", "date of birth '" + p.substring(4) + "' is not a date");
                }
                dates.forEach(b::birthDate);
            } else if (lower.startsWith("organization established date ")) {
                Dates.parse(p.substring("organization established date ".length()), Dates.SlashOrder.MONTH_FIRST)
                        .forEach(b::birthDate);
            } else if (lower.startsWith("nationality ") || lower.startsWith("citizen ")) {
                country(p.substring(p.indexOf(' ') + 1), b, log, file, location);
            } else if (lower.startsWith("vessel flag ")) {
                country(p.substring("vessel flag ".length()), b, log, file, location);
            } else if (!lower.startsWith("former vessel flag") && !lower.startsWith("pob ")
                    && !lower.startsWith("gender ")) {
                identifier(p, b);
            }
        }
    }

    /** The gender OFAC states in the remarks ("Gender Male"), lower-case, or empty. */
    public static Optional<String> gender(String remarks) {
        if (remarks == null) {
            return Optional.empty();
        }
        Matcher m = GENDER.matcher(remarks);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static void country(String name, EntityBuilder b, IssueLog log, String file, String location) {
        String n = name.strip();
        if (Countries.isPlaceholder(n)) {
            return;
        }
        Optional<String> code = Countries.toCode(n);
        if (code.isPresent()) {
            b.country(code.get());
        } else {
            log.warn(file, location, "remarks", "country '" + n + "' is not a known country name");
        }
    }

    private static void identifier(String p, EntityBuilder b) {
        for (Label l : LABELS) {
            if (p.length() > l.text.length() && p.regionMatches(true, 0, l.text, 0, l.text.length())) {
                char next = p.charAt(l.text.length());
                if (next != ' ' && next != ':' && !l.text.endsWith("-")) {
                    continue;
                }
                String rest = LEADING_SEPARATORS.matcher(p.substring(l.text.length())).replaceFirst("");
                Matcher m = TAIL.matcher(rest);
                String value = rest;
                String country = null;
                if (m.matches() && !m.group(1).isBlank()) {
                    value = m.group(1);
                    if (m.group(2) != null) {
                        country = Countries.toCode(m.group(2)).orElse(null);
                    }
                }
                if (l.type == IdentifierType.EMAIL || l.type == IdentifierType.WEBSITE) {
                    value = rest.split("\\s+")[0];
                }
                if (!value.isBlank()) {
                    b.identifier(l.type, value, country, l.type == IdentifierType.OTHER || isGenericLabel(l)
                            ? l.text : null);
                }
                return;
            }
        }
    }

    /**
     * Adds one identifier given as separate label, number and country (the CSL's "ids" column).
     *
     * @return false when the label names no known identifier type (e.g. "Gender", "Secondary sanctions risk:")
     */
    static boolean identifier(String label, String number, String countryCode, EntityBuilder b) {
        String l = label.strip().replaceAll("[:\\-\\s]+$", "");
        for (Label known : LABELS) {
            String k = known.text.replaceAll("[:\\-\\s]+$", "");
            if (l.equalsIgnoreCase(k) || l.equalsIgnoreCase(k.replaceAll("\\.$", ""))) {
                b.identifier(known.type, number, countryCode,
                        known.type == IdentifierType.OTHER || isGenericLabel(known) ? known.text : null);
                return true;
            }
        }
        if (l.equalsIgnoreCase("Vessel Registration Identification") && number.toUpperCase(Locale.ROOT).startsWith("IMO")) {
            b.identifier(IdentifierType.IMO, number.substring(3).strip(), countryCode, null);
            return true;
        }
        return false;
    }

    private static boolean isGenericLabel(Label l) {
        // keep the source's label where the type alone loses what kind of number it is
        return l.type == IdentifierType.REGISTRATION || l.type == IdentifierType.NATIONAL_ID
                || l.type == IdentifierType.TAX_ID;
    }

    /** Splits on semicolons outside single-quoted names, since an alias may itself contain one. */
    static List<String> splitParts(String remarks) {
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inName = false;
        for (int i = 0; i < remarks.length(); i++) {
            char c = remarks.charAt(i);
            if (c == '\'') {
                // an apostrophe inside a word (O'BRIEN) is not a quote; only one next to a space or edge is
                boolean before = i == 0 || !Character.isLetterOrDigit(remarks.charAt(i - 1));
                boolean after = i + 1 >= remarks.length() || !Character.isLetterOrDigit(remarks.charAt(i + 1));
                if (!inName && before) {
                    inName = true;
                } else if (inName && after) {
                    inName = false;
                }
            }
            if (c == ';' && !inName) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }
}
