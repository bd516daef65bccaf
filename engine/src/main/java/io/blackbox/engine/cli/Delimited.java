package io.blackbox.engine.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited text (TSV without quoting, CSV with RFC 4180 quoting) record by record from bytes,
 * decoding each record on its own so that one row of invalid UTF-8 is reported and the rest is read.
 */
final class Delimited {

    /**
     * One record.
     *
     * @param line   1-based line number of the record's first line in the file
     * @param raw    the record's text as read (invalid bytes replaced), without the line end
     * @param fields the fields, unquoted
     * @param error  why the record is unusable, or null
     */
    record Row(int line, String raw, List<String> fields, String error) {
    }

    private Delimited() {
    }

    /**
     * Splits {@code data} into records.
     *
     * @param delimiter the field separator
     * @param quoted    whether double quotes enclose fields (CSV) or are ordinary characters (TSV)
     */
    static List<Row> read(byte[] data, char delimiter, boolean quoted) {
        List<Row> rows = new ArrayList<>();
        int start = 0;
        int line = 1;
        int startLine = 1;
        boolean inQuotes = false;
        int offset = data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf ? 3 : 0;
        start = offset;
        for (int i = offset; i <= data.length; i++) {
            boolean end = i == data.length;
            byte b = end ? (byte) '\n' : data[i];
            if (quoted && b == '"') {
                inQuotes = !inQuotes;
            }
            if (b == '\n' && (!inQuotes || end)) {
                int stop = i;
                if (stop > start && data[stop - 1] == '\r') {
                    stop--;
                }
                if (!(end && stop == start)) {
                    rows.add(row(data, start, stop, startLine, delimiter, quoted, inQuotes && end));
                }
                start = i + 1;
                line++;
                startLine = line;
                inQuotes = false;
            } else if (b == '\n') {
                line++;
            }
        }
        return rows;
    }

    private static Row row(byte[] data, int from, int to, int line, char delimiter, boolean quoted, boolean unclosed) {
        String text;
        String error = null;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            text = strict.decode(ByteBuffer.wrap(data, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            text = new String(data, from, to - from, StandardCharsets.UTF_8);
            error = "invalid UTF-8";
        }
        if (unclosed && error == null) {
            error = "a quoted field is not closed before the end of the file";
        }
        return new Row(line, text, quoted ? splitQuoted(text, delimiter) : splitPlain(text, delimiter), error);
    }

    static List<String> splitPlain(String text, char delimiter) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == delimiter) {
                fields.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return fields;
    }

    static List<String> splitQuoted(String text, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        sb.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                inQuotes = true;
            } else if (c == delimiter) {
                fields.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        fields.add(sb.toString());
        return fields;
    }

    /** Quotes a CSV field when it needs it. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A TSV field cannot hold tabs or line ends; they become spaces. */
    static String tsv(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

}
