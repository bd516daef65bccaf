package io.blackbox.reports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The packaged reference data (see {@code reference/SOURCE.txt}): ECCNs of the Commerce Control List and
 * the BIS red-flag taxonomy. Loaded once; immutable.
 */
@Component
public final class ReferenceData {

    private static final Pattern ECCN_PARAGRAPH = Pattern.compile("([0-9][A-E][0-9]{3})(\\.[A-Za-z0-9.]+)?");
    private static final Pattern EU_CODE = Pattern.compile("[0-9][A-E][0-9]{3}(\\.[a-z0-9.]+)?", Pattern.CASE_INSENSITIVE);

    private final Map<String, String> eccns;
    private final Map<String, String> redFlags;

    public ReferenceData() {
        this.eccns = load("/reference/eccn.tsv");
        this.eccns.put("EAR99", "Items subject to the EAR but not listed on the Commerce Control List");
        this.redFlags = load("/reference/bis-red-flags.tsv");
    }

    /** Every red-flag code with its text, in taxonomy order. */
    public Map<String, String> redFlags() {
        return Map.copyOf(redFlags);
    }

    public Map<String, String> redFlagsInOrder() {
        return java.util.Collections.unmodifiableMap(redFlags);
    }

    /** The canonical red-flag code for {@code value} ("bis-2", "BIS-02", "BIS 02"), if it is one. */
    public Optional<String> redFlag(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        if (v.matches("BIS-?\\d{1,2}")) {
            int n = Integer.parseInt(v.replaceAll("\\D", ""));
            v = String.format(Locale.ROOT, "BIS-%02d", n);
        }
        return redFlags.containsKey(v) ? Optional.of(v) : Optional.empty();
    }

    /**
     * The canonical ECCN for {@code value} when its five-character entry (or EAR99) is on the Commerce
     * Control List; a paragraph ("2B001.a") is accepted when its entry is.
     */
    public Optional<String> eccn(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.equals("EAR99")) {
            return Optional.of(v);
        }
        var m = ECCN_PARAGRAPH.matcher(v);
        if (!m.matches() || !eccns.containsKey(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) == null ? m.group(1) : m.group(1) + m.group(2).toLowerCase(Locale.ROOT));
    }

    public String eccnHeading(String eccn) {
        String base = eccn.length() >= 5 ? eccn.substring(0, 5) : eccn;
        return eccns.getOrDefault(eccn.equals("EAR99") ? eccn : base, null);
    }

    /** ECCNs starting with {@code prefix} (case-insensitive), for autocomplete. */
    public Map<String, String> eccnsStartingWith(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.strip().toUpperCase(Locale.ROOT);
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : eccns.entrySet()) {
            if (e.getKey().startsWith(p)) {
                out.put(e.getKey(), e.getValue());
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code value} has the form of an EU dual-use code (Annex I of Regulation 2021/821). */
    public boolean isEuDualUseCode(String value) {
        return EU_CODE.matcher(value.strip()).matches();
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the server jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                out.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
