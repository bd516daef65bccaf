package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Countries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the CSV importers. */
final class Values {
    private static final Pattern WITH_COUNTRY = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern ENUMERATION = Pattern.compile("\\(([a-z]{1,2})\\)\\s*");

    private Values() {
    }

    /** A value and the country named in a trailing parenthesis, "C2002515 (Iran)" → C2002515, IR. */
    record WithCountry(String value, String country) {
    }

    static WithCountry withCountry(String text) {
        Matcher m = WITH_COUNTRY.matcher(text.strip());
        if (m.matches() && !m.group(1).isBlank()) {
            String code = Countries.toCode(m.group(2)).orElse(null);
            if (code != null) {
                return new WithCountry(m.group(1).strip(), code);
            }
        }
        return new WithCountry(text.strip(), null);
    }

    /** Splits on semicolons; blank parts dropped. */
    static List<String> semicolons(String v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        for (String s : v.split(";")) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Splits a country list as the EU writes it: "Ukrainian, Russian", "(a) German, (b) Moroccan",
     * "Russian and Ukrainian", "DPRK." and drops explanations in parentheses.
     */
    static List<String> countryList(String v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isBlank()) {
            return out;
        }
        String t = ENUMERATION.matcher(v).replaceAll("");
        t = t.replaceAll("\\([^)]*\\)", " ");
        for (String s : t.split("[;,/]|\\band\\b|\\bor\\b")) {
            String c = s.strip().replaceAll("[.\\s]+$", "");
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** A lower-case slug for ids derived from names: letters and digits, single dashes. */
    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-$", "");
        }
        return s.isEmpty() ? "x" : s;
    }
}
