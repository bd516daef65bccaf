package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date spellings the lists use into {@link PartialDate}s: "10 Dec 1948", "Dec 1948", "1948",
 * "circa 1951", "1960 to 1962", ISO "1948-12-10", European "10.12.1948" and US "12/10/1948".
 */
public final class Dates {
    /** Whether a slashed date is month first (US files) or day first (European files). */
    public enum SlashOrder { MONTH_FIRST, DAY_FIRST }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern DMY_TEXT = Pattern.compile("(?i)^(\\d{1,2})\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{4})$");
    private static final Pattern MY_TEXT = Pattern.compile("(?i)^([a-z]{3})[a-z]*\\.?\\s+(\\d{4})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:T.*)?$");
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
    private static final Pattern APPROXIMATELY = Pattern.compile("(?i)\\(\\s*approximately\\s*\\)");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)^(circa|approximately|approx\\.?|about|around"
            + "|on or around|ca\\.?|between|possibly|probably|established|founded|in)\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,]+$");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");
    private static final Pattern ENUMERATION = Pattern.compile("\\(?\\b[a-h]\\)\\s*");
    private static final Pattern MDY_TEXT = Pattern.compile("(?i)^([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$");
    private static final Pattern RANGE = Pattern.compile("(?i)^(?:from\\s+)?(.+?)(?:\\s+to\\s+|\\s*[-–]\\s*)(.+)$");
    /** Ranges wider than this are kept as their two ends only; a long range says little about a person. */
    private static final int MAX_RANGE_YEARS = 10;

    private Dates() {
    }

    /**
     * Parses one date or date range.
     *
     * @return the dates denoted (a range of years gives each year); empty when the text is no date
     */
    public static List<PartialDate> parse(String text, SlashOrder order) {
        List<PartialDate> out = parseSingleOrRange(text, order);
        if (!out.isEmpty() || text == null) {
            return out;
        }
        // alternatives: "(a) 3.3.1965, (b) 1.1.1965", "1965 or 1966", "1959/1960"
        String t = ENUMERATION.matcher(text).replaceAll(" ").replace("\"", " ");
        for (String piece : t.split("(?i)\\s+or\\s+|[,;]|(?<=\\d{4})\\s*/\\s*(?=\\d{4})|(?<=\\d)\\s+(?=\\d{1,2}\\.\\d)")) {
            if (!piece.isBlank()) {
                out.addAll(parseSingleOrRange(piece, order));
            }
        }
        return out;
    }

    private static List<PartialDate> parseSingleOrRange(String text, SlashOrder order) {
        List<PartialDate> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String t = APPROXIMATELY.matcher(text.strip()).replaceAll("").strip();
        t = TRAILING_PUNCTUATION.matcher(QUALIFIER.matcher(t).replaceFirst("")).replaceFirst("").strip();
        PartialDate single = parseOne(t, order);
        if (single != null) {
            out.add(single);
            return out;
        }
        Matcher r = RANGE.matcher(AND.matcher(t).replaceAll(" to "));
        if (r.matches()) {
            PartialDate a = parseOne(r.group(1).strip(), order);
            PartialDate b = parseOne(r.group(2).strip(), order);
            if (a != null && b != null) {
                if (a.month() == 0 && b.month() == 0 && b.year() > a.year() && b.year() - a.year() <= MAX_RANGE_YEARS) {
                    for (int y = a.year(); y <= b.year(); y++) {
                        out.add(new PartialDate(y, 0, 0));
                    }
                } else {
                    out.add(a);
                    out.add(b);
                }
            }
        }
        return out;
    }

    static PartialDate parseOne(String t, SlashOrder order) {
        try {
            Matcher m = DMY_TEXT.matcher(t);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                return month == null ? null
                        : new PartialDate(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            }
            m = MY_TEXT.matcher(t);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
                return month == null ? null : new PartialDate(Integer.parseInt(m.group(2)), month, 0);
            }
            m = MDY_TEXT.matcher(t);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
                return month == null ? null
                        : new PartialDate(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                return new PartialDate(y, mo, d);
            }
            m = DOTTED.matcher(t);
            if (m.matches()) {
                return new PartialDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = SLASHED.matcher(t);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int y = Integer.parseInt(m.group(3));
                return order == SlashOrder.MONTH_FIRST ? new PartialDate(y, a, b) : new PartialDate(y, b, a);
            }
        } catch (IllegalArgumentException e) {
            // an impossible date such as 31 Feb: the caller reports the text as unparsable
            return null;
        }
        return null;
    }
}
