package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a member's own list: RFC 4180 CSV, UTF-8 (a byte-order mark is tolerated), header row with
 * {@code id} and {@code name} and optionally {@code aliases} (separated by {@code |}), {@code type}
 * (person, organisation, company, vessel, aircraft; LegalEntity when empty), {@code country}
 * (names or ISO codes, {@code |}-separated), {@code dob} (YYYY, YYYY-MM, YYYY-MM-DD or D.M.YYYY,
 * {@code |}-separated) and {@code address} ({@code |}-separated). Column names ignore case and
 * surrounding spaces; other columns are ignored with one warning.
 *
 * <p>Errors (the row is not taken): a missing id or name, a repeated id, an unknown type. Warnings (the
 * row is taken without the value): an unknown country, an unreadable date. A row without a type is a
 * LegalEntity, which matches both persons and organisations.
 */
public final class CustomCsvImporter {
    static final Set<String> KNOWN = Set.of("id", "name", "aliases", "type", "country", "dob", "address");

    private CustomCsvImporter() {
    }

    public static ImportResult read(String source, List<ListInput> inputs, ImportLimits limits) {
        IssueLog log = new IssueLog();
        List<ListEntity> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (ListInput in : inputs) {
            String file = in.baseName();
            List<HeaderCsv.Record> rows = HeaderCsv.read(in, limits, log, ',', null, Set.of("id", "name"));
            if (rows == null) {
                continue;
            }
            if (!rows.isEmpty()) {
                List<String> extra = rows.getFirst().columns().keySet().stream().filter(c -> !KNOWN.contains(c))
                        .sorted().toList();
                if (!extra.isEmpty()) {
                    log.warn(file, "row 1", null, "column(s) " + extra + " are not part of the custom list format; ignored");
                }
            }
            for (HeaderCsv.Record r : rows) {
                String id = r.get("id");
                String name = r.get("name");
                if (id.isEmpty()) {
                    log.error(file, r.where(), "id", "row has no id; not imported");
                    continue;
                }
                if (name.isEmpty()) {
                    log.error(file, r.where(), "name", "row " + id + " has no name; not imported");
                    continue;
                }
                String first = seen.putIfAbsent(id, file + " " + r.where());
                if (first != null) {
                    log.error(file, r.where(), "id", "id '" + id + "' already used at " + first + "; not imported");
                    continue;
                }
                Schema schema = Schema.LEGAL_ENTITY;
                if (!r.get("type").isEmpty()) {
                    try {
                        schema = Schema.parse(r.get("type"));
                    } catch (IllegalArgumentException e) {
                        log.error(file, r.where(), "type", e.getMessage() + "; row not imported");
                        continue;
                    }
                }
                EntityBuilder b;
                try {
                    b = new EntityBuilder(source, id, schema);
                } catch (IllegalArgumentException e) {
                    log.error(file, r.where(), "id", e.getMessage());
                    continue;
                }
                b.name(name, NameKind.PRIMARY);
                for (String a : pipes(r.get("aliases"))) {
                    b.name(a, NameKind.ALIAS);
                }
                for (String c : pipes(r.get("country"))) {
                    String code = Countries.toCode(c).orElse(null);
                    if (code == null) {
                        log.warn(file, r.where(), "country", "'" + c + "' is not a known country name or ISO code; ignored");
                    }
                    b.country(code);
                }
                for (String d : pipes(r.get("dob"))) {
                    List<PartialDate> dates = d.contains("/") ? List.of() : Dates.parse(d, Dates.SlashOrder.DAY_FIRST);
                    if (dates.isEmpty()) {
                        log.warn(file, r.where(), "dob", "'" + d + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD); ignored");
                    }
                    dates.forEach(b::birthDate);
                }
                for (String a : pipes(r.get("address"))) {
                    b.address(a, null, null);
                }
                out.add(b.build());
            }
        }
        return new ImportResult(source, out, log.issues());
    }

    private static List<String> pipes(String v) {
        List<String> out = new ArrayList<>();
        for (String s : v.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Normalises a caller's source key for a custom list, e.g. "Acme Watchlist" → "custom-acme-watchlist". */
    public static String sourceKey(String label) {
        String slug = Values.slug(label == null ? "" : label).toLowerCase(Locale.ROOT);
        return slug.startsWith("custom") ? slug : "custom-" + slug;
    }
}
