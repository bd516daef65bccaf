package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ListInput;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file with a header row, read with every row checked: the shared front half of the importers for
 * the DPL, EU annexes, DoD 1260H, MIEU and custom lists. Rows with a parse problem or another column count
 * than the header are ERRORs naming the row and are not returned; mojibake in a field is repaired with a
 * WARNING.
 */
public final class HeaderCsv {
    /** One data row: its 1-based line and its fields addressed by lower-cased header name. */
    public record Record(int line, List<String> fields, Map<String, Integer> columns) {
        /** The stripped value of the column, "" when the column is absent. */
        public String get(String column) {
            Integer i = columns.get(column.toLowerCase(Locale.ROOT));
            return i == null || i >= fields.size() ? "" : fields.get(i).strip();
        }

        public boolean has(String column) {
            return columns.containsKey(column.toLowerCase(Locale.ROOT));
        }

        public String where() {
            return "row " + line;
        }
    }

    private HeaderCsv() {
    }

    /**
     * Reads the file; returns null (after logging an ERROR) when the file cannot be used at all: refused
     * bytes, empty, or a header lacking a required column.
     */
    public static List<Record> read(ListInput in, ImportLimits limits, IssueLog log, char delimiter, Charset fallback,
                                    Set<String> required) {
        String file = in.baseName();
        String text;
        try {
            text = TextDecoder.decode(in, limits, fallback, log);
        } catch (InputRejectedException e) {
            log.error(file, e.location(), null, e.getMessage());
            return null;
        }
        if (text.isBlank()) {
            log.error(file, "file", null, "file is empty");
            return null;
        }
        CsvReader reader = new CsvReader(text, delimiter, limits.maxFieldChars());
        CsvReader.Row header = reader.next();
        if (header.problem() != null) {
            log.error(file, "row " + header.line(), null, "header: " + header.problem());
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = required.stream().filter(r -> !columns.containsKey(r.toLowerCase(Locale.ROOT)))
                .sorted().toList();
        if (!missing.isEmpty()) {
            log.error(file, "row " + header.line(), null, "header lacks required column(s) " + missing + "; found "
                    + header.fields());
            return null;
        }
        Map<String, Integer> cols = Map.copyOf(columns);
        List<Record> out = new ArrayList<>();
        CsvReader.Row row;
        while ((row = reader.next()) != null) {
            if (row.problem() != null) {
                log.error(file, "row " + row.line(), null, row.problem() + "; row not imported");
                continue;
            }
            if (row.size() != header.size()) {
                log.error(file, "row " + row.line(), null, "has " + row.size() + " columns, the header has "
                        + header.size() + (row.size() < header.size() ? " (truncated row?)" : "")
                        + "; row not imported");
                continue;
            }
            List<String> fields = row.fields();
            for (int i = 0; i < fields.size(); i++) {
                String fixed = TextDecoder.repairMojibake(fields.get(i));
                if (fixed != null) {
                    if (fields == row.fields()) {
                        fields = new ArrayList<>(row.fields());
                    }
                    log.warn(file, "row " + row.line(), header.get(i), "mojibake '" + fields.get(i)
                            + "' repaired to '" + fixed + "'");
                    fields.set(i, fixed);
                }
            }
            out.add(new Record(row.line(), List.copyOf(fields), cols));
        }
        return out;
    }
}
