package io.blackbox.engine.lists.importers;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable source keys for the twelve lists inside the US Consolidated Screening List.
 *
 * <p>Rule: {@code us-csl-} + the abbreviation in the source name's parentheses, lower-cased, a trailing
 * " List" dropped, spaces and other separators as single dashes: "Entity List (EL) - Bureau of Industry
 * and Security" → {@code us-csl-el}, "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury
 * Department" → {@code us-csl-ns-mbs}. The table pins the twelve known lists so that a rewording of a
 * name by trade.gov does not change a key; unknown names fall back to the rule.
 */
public final class CslSources {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("CAP", "us-csl-cap"),
            Map.entry("CMIC", "us-csl-cmic"),
            Map.entry("DPL", "us-csl-dpl"),
            Map.entry("DTC", "us-csl-dtc"),
            Map.entry("EL", "us-csl-el"),
            Map.entry("ISN", "us-csl-isn"),
            Map.entry("NS-MBS", "us-csl-ns-mbs"),
            Map.entry("MEU", "us-csl-meu"),
            Map.entry("PLC", "us-csl-plc"),
            Map.entry("SDN", "us-csl-sdn"),
            Map.entry("SSI", "us-csl-ssi"),
            Map.entry("UVL", "us-csl-uvl"));
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern ABBREVIATION = Pattern.compile("\\(([^)]+)\\)");

    private CslSources() {
    }

    /** The source key for a CSL source name such as "Denied Persons List (DPL) - Bureau of Industry and Security". */
    public static String key(String sourceName) {
        if (sourceName == null || sourceName.isBlank()) {
            throw new IllegalArgumentException("CSL source name is empty");
        }
        String cached = CACHE.get(sourceName);
        if (cached != null) {
            return cached;
        }
        String key = compute(sourceName);
        if (CACHE.size() < 1000) {
            CACHE.put(sourceName, key);
        }
        return key;
    }

    private static String compute(String sourceName) {
        Matcher m = ABBREVIATION.matcher(sourceName);
        String abbr = m.find() ? m.group(1) : sourceName.split(" - ")[0];
        abbr = abbr.strip().replaceFirst("(?i)\\s+list$", "");
        String known = KNOWN.get(abbr.toUpperCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        String slug = abbr.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("CSL source name '" + sourceName + "' gives no key");
        }
        return "us-csl-" + slug;
    }
}
