package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads OFAC's legacy CSV sets: sdn.csv + alt.csv + add.csv + sdn_comments.csv (SDN) and
 * cons_prim + cons_alt + cons_add + cons_comments (non-SDN). The files have no header, write
 * {@code -0-} for empty, end lines with CRLF and the file with 0x1A; the real files are plain ASCII but
 * older downloads were windows-1252, which is accepted with a warning.
 *
 * <p>A file's role comes from its name: "comments" → remarks continuation, "alt" → aliases,
 * "add" → addresses, anything else → the primary file (so the daily snapshots "sdn-2024-05-02.csv"
 * work alone). Aliases and addresses whose entity id is not in the primary file are reported as warnings
 * naming file, row and id: the 2024-07 set really has 1,330 such alias ids.
 */
public final class OfacCsvImporter {
    public static final String SDN_SOURCE = "us-ofac-sdn";
    public static final String CONS_SOURCE = "us-ofac-cons";

    private static final int PRIMARY_COLUMNS = 12;
    private static final int ALT_COLUMNS = 5;
    private static final int ADD_COLUMNS = 6;
    private static final int COMMENT_COLUMNS = 2;

    private static final java.util.regex.Pattern PROGRAM_SEPARATOR = java.util.regex.Pattern.compile("\\]\\s*\\[");

    private OfacCsvImporter() {
    }

    private enum Role { PRIMARY, ALT, ADD, COMMENTS }

    public static ImportResult read(String source, List<ListInput> inputs, ImportLimits limits) {
        IssueLog log = new IssueLog();
        Map<Role, List<ListInput>> byRole = new LinkedHashMap<>();
        for (ListInput in : inputs) {
            byRole.computeIfAbsent(role(in.baseName()), r -> new ArrayList<>()).add(in);
        }
        if (!byRole.containsKey(Role.PRIMARY)) {
            log.error(inputs.getFirst().baseName(), "file", null,
                    "no primary file (sdn.csv or cons_prim.csv) among " + names(inputs));
            return new ImportResult(source, List.of(), log.issues());
        }
        Map<String, Primary> entities = new LinkedHashMap<>();
        for (ListInput in : byRole.get(Role.PRIMARY)) {
            readPrimary(source, in, limits, log, entities);
        }
        for (ListInput in : byRole.getOrDefault(Role.COMMENTS, List.of())) {
            for (CsvReader.Row row : rows(in, limits, log, COMMENT_COLUMNS, false)) {
                Primary p = lookup(entities, row, in, log, "comment");
                if (p != null) {
                    p.remarks.append(value(row.get(1)));
                }
            }
        }
        for (ListInput in : byRole.getOrDefault(Role.ALT, List.of())) {
            for (CsvReader.Row row : rows(in, limits, log, ALT_COLUMNS, false)) {
                Primary p = lookup(entities, row, in, log, "alias");
                if (p != null) {
                    String name = value(row.get(3));
                    if (name.isEmpty()) {
                        log.warn(in.baseName(), "row " + row.line(), "alt_name", "alias of entity " + p.b.sourceId()
                                + " has no name");
                        continue;
                    }
                    String type = value(row.get(2)).toLowerCase(Locale.ROOT);
                    // OFAC alt types: aka, fka (formerly), nka (now known as); all are names the party used
                    if (!type.isEmpty() && !type.equals("aka") && !type.equals("fka") && !type.equals("nka")) {
                        log.warn(in.baseName(), "row " + row.line(), "alt_type", "unknown alias type '" + type
                                + "', taken as aka");
                    }
                    p.b.name(name, NameKind.ALIAS);
                }
            }
        }
        for (ListInput in : byRole.getOrDefault(Role.ADD, List.of())) {
            for (CsvReader.Row row : rows(in, limits, log, ADD_COLUMNS, false)) {
                Primary p = lookup(entities, row, in, log, "address");
                if (p != null) {
                    address(p.b, row, in, log);
                }
            }
        }
        List<ListEntity> out = new ArrayList<>(entities.size());
        for (Primary p : entities.values()) {
            String remarks = p.remarks.toString();
            OfacRemarks.apply(remarks, p.b, log, p.file, "row " + p.line);
            p.b.remarks(remarks);
            out.add(p.b.build());
        }
        return new ImportResult(source, out, log.issues());
    }

    private static final class Primary {
        final EntityBuilder b;
        final StringBuilder remarks = new StringBuilder();
        final String file;
        final int line;

        Primary(EntityBuilder b, String file, int line) {
            this.b = b;
            this.file = file;
            this.line = line;
        }
    }

    private static void readPrimary(String source, ListInput in, ImportLimits limits, IssueLog log,
                                    Map<String, Primary> entities) {
        String file = in.baseName();
        List<CsvReader.Row> rows = rows(in, limits, log, PRIMARY_COLUMNS, true);
        for (CsvReader.Row row : rows) {
            String id = value(row.get(0));
            String name = value(row.get(1));
            if (name.isEmpty()) {
                log.error(file, "row " + row.line(), "SDN_Name", "entity " + id + " has no name");
                continue;
            }
            if (entities.containsKey(id)) {
                log.error(file, "row " + row.line(), "ent_num", "entity id " + id + " appears again; second row ignored");
                continue;
            }
            EntityBuilder b = new EntityBuilder(source, id, schema(value(row.get(2))));
            b.name(name, NameKind.PRIMARY);
            for (String prog : PROGRAM_SEPARATOR.split(value(row.get(3)))) {
                b.program(prog.replace("[", "").replace("]", ""));
            }
            String callSign = value(row.get(5));
            if (!callSign.isEmpty()) {
                b.identifier(io.blackbox.engine.lists.IdentifierType.OTHER, callSign, null, "Call Sign");
            }
            String flag = value(row.get(9));
            if (!flag.isEmpty() && !Countries.isPlaceholder(flag)) {
                String code = Countries.toCode(flag).orElse(null);
                if (code == null) {
                    log.warn(file, "row " + row.line(), "Vess_flag", "vessel flag '" + flag + "' is not a known country");
                }
                b.country(code);
            }
            Primary p = new Primary(b, file, row.line());
            p.remarks.append(value(row.get(11)));
            entities.put(id, p);
        }
    }

    private static void address(EntityBuilder b, CsvReader.Row row, ListInput in, IssueLog log) {
        String street = value(row.get(2));
        String city = value(row.get(3));
        String countryName = value(row.get(4));
        String code = null;
        if (!countryName.isEmpty() && !Countries.isPlaceholder(countryName)) {
            code = Countries.toCode(countryName).orElse(null);
            if (code == null) {
                log.warn(in.baseName(), "row " + row.line(), "country", "country '" + countryName
                        + "' is not a known country name; kept in the address text only");
            }
        }
        StringBuilder full = new StringBuilder();
        for (String part : new String[]{street, city, countryName}) {
            if (!part.isEmpty()) {
                full.append(full.isEmpty() ? "" : ", ").append(part);
            }
        }
        if (full.isEmpty()) {
            return;
        }
        b.address(full.toString(), city, code);
    }

    private static Primary lookup(Map<String, Primary> entities, CsvReader.Row row, ListInput in, IssueLog log,
                                  String what) {
        String id = value(row.get(0));
        Primary p = entities.get(id);
        if (p == null) {
            log.warn(in.baseName(), "row " + row.line(), "ent_num", what + " refers to entity id " + id
                    + " which is not in the primary file; " + what + " not imported");
        }
        return p;
    }

    /**
     * The well-formed rows of one file. A row with another column count or an id that is not a number
     * is an ERROR for the primary file (an entity would be lost or garbled) and a WARNING for the
     * auxiliary files (only an alias, address or comment is lost).
     */
    private static List<CsvReader.Row> rows(ListInput in, ImportLimits limits, IssueLog log, int columns,
                                            boolean primary) {
        String file = in.baseName();
        List<CsvReader.Row> good = new ArrayList<>();
        String text;
        try {
            text = TextDecoder.decode(in, limits, TextDecoder.WINDOWS_1252, log);
        } catch (InputRejectedException e) {
            log.error(file, e.location(), null, e.getMessage());
            return good;
        }
        if (text.isBlank()) {
            if (primary) {
                log.error(file, "file", null, "file is empty");
            } else {
                log.warn(file, "file", null, "file is empty");
            }
            return good;
        }
        CsvReader reader = new CsvReader(text, ',', limits.maxFieldChars());
        CsvReader.Row row;
        while ((row = reader.next()) != null) {
            String problem = row.problem();
            if (problem == null && row.size() != columns) {
                problem = "has " + row.size() + " columns, expected " + columns
                        + (row.size() < columns ? " (truncated row?)" : "");
            }
            if (problem == null && !isNumber(value(row.get(0)))) {
                problem = "entity id '" + value(row.get(0)) + "' is not a number";
            }
            if (problem != null) {
                if (primary) {
                    log.error(file, "row " + row.line(), null, problem + "; row not imported");
                } else {
                    log.warn(file, "row " + row.line(), null, problem + "; row not imported");
                }
                continue;
            }
            good.add(repairRow(row, file, log));
        }
        return good;
    }

    private static CsvReader.Row repairRow(CsvReader.Row row, String file, IssueLog log) {
        List<String> fields = null;
        for (int i = 0; i < row.size(); i++) {
            String fixed = TextDecoder.repairMojibake(row.get(i));
            if (fixed != null) {
                if (fields == null) {
                    fields = new ArrayList<>(row.fields());
                }
                log.warn(file, "row " + row.line(), "column " + (i + 1), "mojibake '" + row.get(i)
                        + "' repaired to '" + fixed + "'");
                fields.set(i, fixed);
            }
        }
        return fields == null ? row : new CsvReader.Row(row.line(), fields, null);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The field without padding, and "" for OFAC's {@code -0-}. */
    static String value(String raw) {
        String v = raw.strip();
        return v.equals("-0-") ? "" : v;
    }

    private static Schema schema(String sdnType) {
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRPLANE;
            default -> Schema.LEGAL_ENTITY;
        };
    }

    private static Role role(String baseName) {
        String n = baseName.toLowerCase(Locale.ROOT);
        if (n.contains("comment")) {
            return Role.COMMENTS;
        }
        if (n.startsWith("alt") || n.contains("_alt") || n.contains("-alt")) {
            return Role.ALT;
        }
        if (n.startsWith("add") || n.contains("_add") || n.contains("-add")) {
            return Role.ADD;
        }
        return Role.PRIMARY;
    }

    private static String names(List<ListInput> inputs) {
        return inputs.stream().map(ListInput::baseName).toList().toString();
    }
}
