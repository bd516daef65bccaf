package io.blackbox.engine.lists.importers;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader over already decoded text: quoted fields with doubled quotes, delimiters and line
 * breaks inside quotes, CRLF, LF or CR record ends. Tolerant where real files are sloppy (a quote in the
 * middle of an unquoted field is kept as text) and strict where data would be lost: an unterminated
 * quote and an over-long field are reported on the row, never silently cut.
 *
 * <p>Not thread-safe; one reader per text.
 */
public final class CsvReader {
    /** One record: the 1-based line it starts on, its fields, and what was wrong with it, or null. */
    public record Row(int line, List<String> fields, String problem) {
        public String get(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        public int size() {
            return fields.size();
        }
    }

    private final String text;
    private final char delimiter;
    private final int maxFieldChars;
    private int pos;
    private int line = 1;

    public CsvReader(String text, char delimiter, int maxFieldChars) {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter '" + delimiter + "' cannot be a quote or line break");
        }
        if (maxFieldChars <= 0) {
            throw new IllegalArgumentException("maxFieldChars " + maxFieldChars + " must be positive");
        }
        this.text = text;
        this.delimiter = delimiter;
        this.maxFieldChars = maxFieldChars;
    }

    /** The next record, or null at the end. Blank lines are skipped. */
    public Row next() {
        while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
            consumeLineEnd();
        }
        if (pos >= text.length()) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        String problem = null;
        StringBuilder field = new StringBuilder();
        boolean tooLong = false;
        boolean quoted = false;
        boolean fieldStart = true;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quoted) {
                if (c == '"') {
                    if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                        tooLong |= append(field, '"');
                        pos += 2;
                        continue;
                    }
                    quoted = false;
                    pos++;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    // a line break inside quotes is data, kept as written; count it for the rows that follow
                    tooLong |= append(field, c);
                    pos++;
                    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        tooLong |= append(field, '\n');
                        pos++;
                    }
                    line++;
                    continue;
                }
                tooLong |= append(field, c);
                pos++;
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                pos++;
                continue;
            }
            if (c == delimiter) {
                fields.add(tooLong ? "" : field.toString());
                if (tooLong && problem == null) {
                    problem = "field " + fields.size() + " is longer than " + maxFieldChars + " characters";
                }
                field.setLength(0);
                tooLong = false;
                fieldStart = true;
                pos++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                consumeLineEnd();
                break;
            }
            tooLong |= append(field, c);
            fieldStart = false;
            pos++;
        }
        if (quoted) {
            problem = "quoted field " + (fields.size() + 1) + " is not closed before the end of the file";
        }
        fields.add(tooLong ? "" : field.toString());
        if (tooLong && problem == null) {
            problem = "field " + fields.size() + " is longer than " + maxFieldChars + " characters";
        }
        return new Row(startLine, fields, problem);
    }

    /** Reads every remaining row. */
    public List<Row> readAll() {
        List<Row> rows = new ArrayList<>();
        Row r;
        while ((r = next()) != null) {
            rows.add(r);
        }
        return rows;
    }

    private boolean append(StringBuilder sb, char c) {
        if (sb.length() >= maxFieldChars) {
            return true;
        }
        sb.append(c);
        return false;
    }

    private void consumeLineEnd() {
        char c = text.charAt(pos++);
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }
}
