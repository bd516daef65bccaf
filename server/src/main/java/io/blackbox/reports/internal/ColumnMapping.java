package io.blackbox.reports.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.blackbox.platform.InvalidInputException;
import io.blackbox.reports.ReportSubmission;

/**
 * How a member's columns become report fields. A column may be mapped explicitly, or is taken
 * automatically when its name is a field's name (ignoring case, spaces, dots, dashes and underscores).
 * One row is one report with at most one item; multi-valued cells separate values with {@code ;} or
 * {@code |} (red flags also with commas or spaces).
 */
public final class ColumnMapping {

    /** Every report field a column may map to, with what it holds. */
    public static final Map<String, String> FIELDS = fields();

    /** The fields by their squashed names (see {@link #squash}), for columns named like a field. */
    private static final Map<String, String> FIELDS_BY_SQUASHED_NAME = bySquashedName();

    /** Columns resolved at most; beyond it (JSON Lines with ever new keys) they are resolved each time. */
    private static final int MAX_RESOLVED = 1000;

    private final Map<String, String> columnToField;
    // a file has a few dozen columns and every row repeats them: each is resolved once, "" for no field
    private final ConcurrentHashMap<String, String> resolved = new ConcurrentHashMap<>();

    /** @throws InvalidInputException naming the column whose target is no field */
    public ColumnMapping(Map<String, String> explicit) {
        Map<String, String> m = new LinkedHashMap<>();
        for (var e : explicit.entrySet()) {
            String field = e.getValue() == null ? "" : e.getValue().strip();
            if (field.isEmpty() || field.equals("ignore")) {
                m.put(e.getKey().strip(), "ignore");
                continue;
            }
            String canonical = canonicalField(field);
            if (canonical == null) {
                throw new InvalidInputException("columns." + e.getKey(), "unknown report field '" + field
                        + "' (expected one of " + String.join(", ", FIELDS.keySet()) + ", or ignore)");
            }
            m.put(e.getKey().strip(), canonical);
        }
        this.columnToField = Map.copyOf(m);
    }

    public Map<String, String> explicit() {
        return columnToField;
    }

    /** The field a column feeds, or null when it feeds none. */
    public String fieldOf(String column) {
        String field = resolved.get(column);
        if (field == null) {
            String f = resolve(column);
            field = f == null ? "" : f;
            if (resolved.size() < MAX_RESOLVED) {
                resolved.put(column, field);
            }
        }
        return field.isEmpty() ? null : field;
    }

    private String resolve(String column) {
        String f = columnToField.get(column.strip());
        if (f != null) {
            return f.equals("ignore") ? null : f;
        }
        return canonicalField(column);
    }

    /** The column that feeds a field path such as {@code inquirer.phones[0]}, for messages. */
    public String columnOf(String fieldPath, List<String> columns) {
        String f = fieldPath.replaceAll("\\[\\d+]", "").replace("items.", "item.");
        for (String c : columns) {
            if (f.equals(fieldOf(c))) {
                return c;
            }
        }
        return null;
    }

    /** Columns of a header that feed no field, to warn about. */
    public List<String> unmapped(List<String> columns) {
        return columns.stream().filter(c -> fieldOf(c) == null && !"ignore".equals(columnToField.get(c.strip()))).toList();
    }

    /** One problem with a cell. */
    public record CellProblem(String field, String message) {
    }

    /** The row as a submission; numbers that are no numbers are reported, not guessed. */
    public ReportSubmission apply(Map<String, String> cells, List<CellProblem> problems) {
        Map<String, String> v = new HashMap<>();
        for (var e : cells.entrySet()) {
            String field = fieldOf(e.getKey());
            if (field != null && e.getValue() != null && !e.getValue().isBlank()) {
                v.merge(field, e.getValue().strip(), (a, b) -> a + ";" + b);
            }
        }
        ReportSubmission.Party inquirer = new ReportSubmission.Party(v.get("inquirer.kind"), v.get("inquirer.name"),
                list(v.get("inquirer.names")), v.get("inquirer.country"), list(v.get("inquirer.addresses")),
                list(v.get("inquirer.emails")), list(v.get("inquirer.phones")), list(v.get("inquirer.websites")),
                list(v.get("inquirer.identifiers")));
        List<ReportSubmission.Item> items = new ArrayList<>();
        if (v.keySet().stream().anyMatch(k -> k.startsWith("item."))) {
            items.add(new ReportSubmission.Item(v.get("item.description"), v.get("item.eccn"), v.get("item.euCode"),
                    v.get("item.hsCode"), number("items[0].quantity", v.get("item.quantity"), problems),
                    number("items[0].value", v.get("item.value"), problems), v.get("item.currency")));
        }
        List<String> flags = v.get("redFlags") == null ? List.of()
                : Arrays.stream(v.get("redFlags").split("[;|,\\s]+")).filter(s -> !s.isBlank()).toList();
        Boolean shareAttachments = v.get("shareAttachments") == null ? null
                : Set.of("true", "yes", "1", "y").contains(v.get("shareAttachments").toLowerCase(Locale.ROOT));
        return new ReportSubmission(v.get("receivedAt"), v.get("channel"), inquirer, List.of(), v.get("endUser"),
                v.get("endUse"), items, flags, v.get("redFlagNotes"), v.get("action"), v.get("narrative"),
                v.get("sharing"), v.get("reference"), shareAttachments);
    }

    private static BigDecimal number(String field, String raw, List<CellProblem> problems) {
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(raw.replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(new CellProblem(field, "'" + ReportNormaliser.shorten(raw) + "' is not a number"));
            return null;
        }
    }

    private static List<String> list(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String canonicalField(String name) {
        String key = squash(name);
        String field = FIELDS_BY_SQUASHED_NAME.get(key);
        return field != null ? field : ALIASES.get(key);
    }

    /** Lower case without white space, dots, underscores and dashes: "Inquirer Name" and "inquirer.name" meet. */
    private static String squash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '_' && c != '-' && c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f'
                    && c != '\r') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> bySquashedName() {
        Map<String, String> m = new HashMap<>();
        for (String f : FIELDS.keySet()) {
            m.putIfAbsent(squash(f), f);
        }
        return Map.copyOf(m);
    }

    private static final Map<String, String> ALIASES = Map.of(
            "name", "inquirer.name", "country", "inquirer.country", "email", "inquirer.emails",
            "emails", "inquirer.emails", "phone", "inquirer.phones", "phones", "inquirer.phones",
            "website", "inquirer.websites", "address", "inquirer.addresses", "eccn", "item.eccn",
            "hscode", "item.hsCode");

    private static Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("receivedAt", "day the inquiry arrived, yyyy-mm-dd");
        f.put("channel", "email, web-form, trade-fair, phone or distributor");
        f.put("inquirer.kind", "organisation or person");
        f.put("inquirer.name", "the inquiring party's name, any script");
        f.put("inquirer.names", "other names or spellings; several separated by ; or |");
        f.put("inquirer.country", "ISO code or English name");
        f.put("inquirer.addresses", "addresses; several separated by ; or |");
        f.put("inquirer.emails", "e-mail addresses");
        f.put("inquirer.phones", "phone numbers");
        f.put("inquirer.websites", "web sites or domains");
        f.put("inquirer.identifiers", "registration or tax ids");
        f.put("endUser", "claimed end user");
        f.put("endUse", "claimed end use");
        f.put("item.description", "the item sought");
        f.put("item.eccn", "ECCN, e.g. 2B001");
        f.put("item.euCode", "EU dual-use code");
        f.put("item.hsCode", "HS code");
        f.put("item.quantity", "number");
        f.put("item.value", "number");
        f.put("item.currency", "ISO 4217 code");
        f.put("redFlags", "BIS red-flag codes separated by ; , | or spaces");
        f.put("redFlagNotes", "other red flags in words");
        f.put("action", "declined, referred, licence-denied or pending");
        f.put("narrative", "the story");
        f.put("sharing", "operator, members or members+government; the member's default when empty");
        f.put("reference", "the member's own reference");
        f.put("shareAttachments", "true or false");
        return java.util.Collections.unmodifiableMap(f);
    }
}
