package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.ImportIssue;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the official CSL CSV layout (trade.gov consolidated.csv: a header row with source, entity_number,
 * type, programs, name, addresses, alt_names, dates_of_birth, nationalities, citizenships, ids, ...; in
 * 2025 a leading {@code _id} column). Columns are found by header name, so both the 2019 and 2025
 * layouts read. Multi-valued columns are separated by "; ". One result per CSL list, keyed by
 * {@link CslSources}.
 *
 * <p>Ids: entity_number where given, else the file's {@code _id}, else the same derived hash as the
 * compact JSON ({@link CslJsonImporter}), so the two formats of one list agree.
 */
public final class CslCsvImporter {
    private CslCsvImporter() {
    }

    public static List<ImportResult> read(List<ListInput> inputs, ImportLimits limits) {
        IssueLog fileLog = new IssueLog();
        Map<String, List<ListEntity>> bySource = new LinkedHashMap<>();
        Map<String, IssueLog> logs = new HashMap<>();
        for (ListInput in : inputs) {
            String file = in.baseName();
            String text;
            try {
                text = TextDecoder.decode(in, limits, null, fileLog);
            } catch (InputRejectedException e) {
                fileLog.error(file, e.location(), null, e.getMessage());
                continue;
            }
            if (text.isBlank()) {
                fileLog.error(file, "file", null, "file is empty");
                continue;
            }
            CsvReader reader = new CsvReader(text, ',', limits.maxFieldChars());
            CsvReader.Row header = reader.next();
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                col.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            if (!col.containsKey("source") || !col.containsKey("name")) {
                fileLog.error(file, "row " + header.line(), null, "header lacks the 'source' and 'name' columns: "
                        + header.fields());
                continue;
            }
            Map<String, Integer> idCount = new HashMap<>();
            CsvReader.Row row;
            while ((row = reader.next()) != null) {
                String where = "row " + row.line();
                if (row.problem() != null) {
                    fileLog.error(file, where, null, row.problem() + "; row not imported");
                    continue;
                }
                if (row.size() != header.size()) {
                    fileLog.error(file, where, null, "has " + row.size() + " columns, header has " + header.size()
                            + "; row not imported");
                    continue;
                }
                String sourceName = get(row, col, "source");
                if (sourceName.isEmpty()) {
                    fileLog.error(file, where, "source", "row names no source list; not imported");
                    continue;
                }
                String source = CslSources.key(sourceName);
                IssueLog log = logs.computeIfAbsent(source, k -> new IssueLog());
                String name = get(row, col, "name");
                if (name.isEmpty()) {
                    log.error(file, where, "name", "row has no name; not imported");
                    continue;
                }
                List<String> addressCountries = new ArrayList<>();
                List<String> addresses = split(get(row, col, "addresses"));
                for (String a : addresses) {
                    String last = a.substring(a.lastIndexOf(',') + 1).strip();
                    if (last.matches("[A-Z]{2}") && Countries.toCode(last).isPresent()) {
                        addressCountries.add(last);
                    }
                }
                String id = get(row, col, "entity_number");
                if (id.isEmpty()) {
                    id = get(row, col, "_id");
                }
                if (id.isEmpty()) {
                    id = CslJsonImporter.derivedId(source, name, get(row, col, "federal_register_notice"),
                            addressCountries.stream().distinct().toList());
                }
                int n = idCount.merge(source + "\u0000" + id, 1, Integer::sum);
                if (n > 1) {
                    id = id + "-" + n;
                }
                EntityBuilder b = new EntityBuilder(source, id, schema(get(row, col, "type")));
                b.name(name, NameKind.PRIMARY);
                for (String alias : split(get(row, col, "alt_names"))) {
                    b.name(alias, NameKind.ALIAS);
                }
                for (String p : split(get(row, col, "programs"))) {
                    b.program(p);
                }
                for (String a : addresses) {
                    String last = a.substring(a.lastIndexOf(',') + 1).strip();
                    String code = last.matches("[A-Z]{2}") ? Countries.toCode(last).orElse(null) : null;
                    b.address(a, null, code);
                }
                for (String column : new String[]{"nationalities", "citizenships"}) {
                    for (String c : split(get(row, col, column))) {
                        String code = Countries.toCode(c).orElse(null);
                        if (code == null && !Countries.isPlaceholder(c)) {
                            log.warn(file, where, column, "country '" + c + "' is not a known country");
                        }
                        b.country(code);
                    }
                }
                String flag = get(row, col, "vessel_flag");
                if (!flag.isEmpty() && !Countries.isPlaceholder(flag)) {
                    String code = Countries.toCode(flag).orElse(null);
                    if (code == null) {
                        log.warn(file, where, "vessel_flag", "vessel flag '" + flag + "' is not a known country");
                    }
                    b.country(code);
                }
                for (String d : split(get(row, col, "dates_of_birth"))) {
                    List<PartialDate> dates = Dates.parse(d, Dates.SlashOrder.MONTH_FIRST);
                    if (dates.isEmpty()) {
                        log.warn(file, where, "dates_of_birth", "date '" + d + "' is not a date");
                    }
                    dates.forEach(b::birthDate);
                }
                ids(get(row, col, "ids"), b);
                String callSign = get(row, col, "call_sign");
                if (!callSign.isEmpty()) {
                    b.identifier(io.blackbox.engine.lists.IdentifierType.OTHER, callSign, null, "Call Sign");
                }
                StringBuilder remarks = new StringBuilder(get(row, col, "remarks"));
                String title = get(row, col, "title");
                if (!title.isEmpty()) {
                    remarks.append(remarks.isEmpty() ? "" : " ").append("Title: ").append(title).append('.');
                }
                String fr = get(row, col, "federal_register_notice");
                if (!fr.isEmpty()) {
                    remarks.append(remarks.isEmpty() ? "" : " ").append("Federal Register: ").append(fr).append('.');
                }
                b.remarks(remarks.toString());
                bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(b.build());
            }
        }
        List<ImportIssue> fileIssues = fileLog.issues();
        if (bySource.isEmpty()) {
            return List.of(new ImportResult("us-csl", List.of(), fileIssues));
        }
        List<ImportResult> out = new ArrayList<>();
        bySource.forEach((source, entities) -> {
            List<ImportIssue> issues = new ArrayList<>(fileIssues);
            issues.addAll(logs.get(source).issues());
            out.add(new ImportResult(source, entities, issues));
        });
        return out;
    }

    /**
     * Reads the ids column: entries separated by "; ", each "type, number, country" (2025) or
     * "country, number, type" (2019). The two-letter part is the country, the part naming a known
     * identifier label the type, the rest the number; entries with no known type (Gender, sanctions
     * notes) are left out, they are not identifiers.
     */
    private static void ids(String column, EntityBuilder b) {
        for (String entry : split(column)) {
            String[] parts = entry.split(",\\s*");
            String country = null;
            List<String> rest = new ArrayList<>();
            for (String p : parts) {
                String t = p.strip();
                if (country == null && t.matches("[A-Z]{2}") && Countries.toCode(t).isPresent()) {
                    country = t;
                } else if (!t.isEmpty()) {
                    rest.add(t);
                }
            }
            if (rest.size() < 2) {
                continue;
            }
            // try both orders: label first (2025) and label last (2019)
            if (!OfacRemarks.identifier(rest.getFirst(), String.join(", ", rest.subList(1, rest.size())), country, b)) {
                OfacRemarks.identifier(rest.getLast(), String.join(", ", rest.subList(0, rest.size() - 1)), country, b);
            }
        }
    }

    private static String get(CsvReader.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : row.get(i).strip();
    }

    static List<String> split(String v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isBlank()) {
            return out;
        }
        for (String s : v.split(";\\s*")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The CSL's type column; lists without one (DPL, EL, ...) mix persons and companies, so LegalEntity. */
    static Schema schema(String type) {
        return switch (type == null ? "" : type.strip().toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRPLANE;
            case "entity" -> Schema.ORGANIZATION;
            default -> Schema.LEGAL_ENTITY;
        };
    }
}
