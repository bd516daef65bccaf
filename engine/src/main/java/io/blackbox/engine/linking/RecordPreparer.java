package io.blackbox.engine.linking;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Normalises raw records, reporting every value it had to drop with the record's id. Thread-safe.
 */
final class RecordPreparer {

    private static final Map<String, String> ADDRESS_WORDS = Map.ofEntries(
            Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("strasse", "st"), Map.entry("road", "rd"),
            Map.entry("avenue", "ave"), Map.entry("av", "ave"), Map.entry("boulevard", "blvd"),
            Map.entry("building", "bldg"), Map.entry("bld", "bldg"), Map.entry("floor", "fl"),
            Map.entry("office", "off"), Map.entry("suite", "ste"), Map.entry("number", "no"),
            Map.entry("square", "sq"), Map.entry("lane", "ln"), Map.entry("drive", "dr"),
            Map.entry("place", "pl"), Map.entry("district", "dist"), Map.entry("tower", "twr"),
            Map.entry("crescent", "cres"), Map.entry("circuit", "cct"), Map.entry("court", "ct"));

    private final NameNormaliser names;

    RecordPreparer(NameNormaliser names) {
        this.names = names;
    }

    PreparedRecord prepare(LinkRecord r, Consumer<LinkIssue> issues) {
        String country = null;
        if (!blank(r.country())) {
            country = Countries.toAlpha2(r.country());
            if (country == null) {
                // an unknown country still compares equal to itself
                country = BasicNameNormaliser.fold(r.country());
                if (country.isEmpty()) {
                    country = null;
                }
            }
        }
        String name = blank(r.name()) ? null : names.normalise(r.name());
        TreeSet<String> emails = new TreeSet<>();
        TreeSet<String> domains = new TreeSet<>();
        for (String raw : split(r.email())) {
            String e = Emails.normalise(raw);
            if (e == null) {
                issues.accept(LinkIssue.warning(r.id(), "malformed e-mail '" + raw + "' ignored"));
                continue;
            }
            emails.add(e);
            String d = Emails.domainOf(e);
            if (!Emails.isWebmail(d)) {
                domains.add(d);
            }
        }
        TreeSet<String> phones = new TreeSet<>();
        for (String raw : split(r.phone())) {
            String p = Phones.normalise(raw, Countries.toAlpha2(r.country()));
            if (p == null) {
                issues.accept(LinkIssue.warning(r.id(), "malformed phone number '" + raw + "' ignored"));
            } else {
                phones.add(p);
            }
        }
        for (String raw : split(r.website())) {
            String d = Emails.domain(raw);
            if (d == null) {
                issues.accept(LinkIssue.warning(r.id(), "malformed website '" + raw + "' ignored"));
            } else if (!Emails.isWebmail(d)) {
                domains.add(d);
            }
        }
        TreeSet<String> ids = new TreeSet<>();
        for (String raw : split(r.identifier())) {
            String id = normaliseIdentifier(raw);
            if (id == null) {
                issues.accept(LinkIssue.warning(r.id(), "identifier '" + raw + "' is too short or a placeholder; ignored"));
            } else {
                ids.add(id);
            }
        }
        String dob = null;
        if (!blank(r.dob())) {
            dob = normaliseDate(r.dob());
            if (dob == null) {
                issues.accept(LinkIssue.warning(r.id(), "unreadable date '" + r.dob() + "' ignored"));
            }
        }
        String address = blank(r.address()) ? null : normaliseAddress(r.address());
        PreparedRecord p = new PreparedRecord(r.id(), name, address, country, emails.toArray(PreparedRecord.NONE),
                phones.toArray(PreparedRecord.NONE), domains.toArray(PreparedRecord.NONE),
                ids.toArray(PreparedRecord.NONE), dob, PreparedRecord.NONE);
        if (!p.hasAnyField()) {
            issues.accept(new LinkIssue(LinkIssue.Severity.ERROR, r.id(),
                    "no usable field (name, address, e-mail, phone, website, identifier); kept as its own actor"));
        }
        return p;
    }

    static String normaliseAddress(String raw) {
        String folded = BasicNameNormaliser.fold(raw);
        if (folded.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (String t : folded.split(" ")) {
            String m = ADDRESS_WORDS.getOrDefault(t, t);
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(m);
        }
        return out.toString();
    }

    static String normaliseIdentifier(String raw) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        String s = b.toString();
        if (s.length() < 4 || s.chars().distinct().count() == 1 || s.equals("NONE") || s.equals("NULL")
                || s.equals("UNKNOWN")) {
            return null;
        }
        return s;
    }

    /** yyyymmdd, yyyymm or yyyy; null when the text is not a date. */
    static String normaliseDate(String raw) {
        String s = raw.strip();
        String[] parts = s.split("[-/. ]+");
        String y;
        String m = null;
        String d = null;
        if (parts.length == 1) {
            String digits = parts[0];
            if (!digits.matches("\\d+")) {
                return null;
            }
            if (digits.length() == 4) {
                y = digits;
            } else if (digits.length() == 6) {
                y = digits.substring(0, 4);
                m = digits.substring(4);
            } else if (digits.length() == 8) {
                if (digits.startsWith("19") || digits.startsWith("20")) {
                    y = digits.substring(0, 4);
                    m = digits.substring(4, 6);
                    d = digits.substring(6);
                } else {
                    d = digits.substring(0, 2);
                    m = digits.substring(2, 4);
                    y = digits.substring(4);
                }
            } else {
                return null;
            }
        } else if (parts.length == 3 && parts[0].length() == 4) {
            y = parts[0];
            m = parts[1];
            d = parts[2];
        } else if (parts.length == 3 && parts[2].length() == 4) {
            d = parts[0];
            m = parts[1];
            y = parts[2];
        } else if (parts.length == 2 && parts[0].length() == 4) {
            y = parts[0];
            m = parts[1];
        } else {
            return null;
        }
        if (!y.matches("\\d{4}") || (m != null && !m.matches("\\d{1,2}")) || (d != null && !d.matches("\\d{1,2}"))) {
            return null;
        }
        if (m != null && (Integer.parseInt(m) > 12 || (d != null && Integer.parseInt(d) > 31))) {
            // a slip in one digit still says a lot when compared digit by digit, so keep the digits
            return parts.length == 1 ? parts[0].length() == 8 && d != null && y.equals(parts[0].substring(0, 4))
                    ? parts[0] : null : null;
        }
        String out = y;
        if (m != null) {
            out += String.format(Locale.ROOT, "%02d", Integer.parseInt(m));
            if (d != null) {
                out += String.format(Locale.ROOT, "%02d", Integer.parseInt(d));
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> split(String raw) {
        if (blank(raw)) {
            return List.of();
        }
        return java.util.Arrays.stream(raw.split("[;|]")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
