package io.blackbox.reports.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.blackbox.engine.linking.Csv;
import io.blackbox.platform.InvalidInputException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import tools.jackson.databind.JsonNode;

/**
 * The rows of an uploaded file, read one at a time so that a large file is never held in memory: CSV
 * (RFC 4180, first row the header, UTF-8 with or without a byte-order mark), XLSX (first sheet, first
 * row the header) or JSON Lines (one object per line: either the API's report JSON or flat column/value pairs).
 */
public sealed interface RowSource extends Closeable, Iterator<RowSource.SourceRow> permits RowSource.CsvRows,
        RowSource.XlsxRows, RowSource.JsonLines {

    /** File formats accepted. */
    enum Format {
        CSV, XLSX, JSONL;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Format parse(String value, String filename) {
            String v = value == null || value.isBlank() ? extension(filename) : value.strip().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "csv", "text/csv" -> CSV;
                case "xlsx" -> XLSX;
                case "jsonl", "ndjson", "json-lines", "jsonlines" -> JSONL;
                default -> throw new InvalidInputException("format", "unknown file format '" + v
                        + "' (expected csv, xlsx or jsonl)");
            };
        }

        private static String extension(String filename) {
            int dot = filename == null ? -1 : filename.lastIndexOf('.');
            return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One data row.
     *
     * @param number     the row number as the member sees it (the header is row 1 in CSV and XLSX; line number in JSON Lines)
     * @param cells      column name to cell text, in file order; absent for a JSON report object
     * @param submission the report when the row was the API's JSON already
     * @param unreadable why the row could not be read at all, or null
     */
    record SourceRow(int number, Map<String, String> cells, io.blackbox.reports.ReportSubmission submission,
                     String unreadable) {
    }

    /** The header's column names (for JSON Lines: the keys seen in the first flat object). */
    List<String> columns();

    static RowSource open(Format format, Path file) throws IOException {
        return switch (format) {
            case CSV -> new CsvRows(file);
            case XLSX -> new XlsxRows(file);
            case JSONL -> new JsonLines(file);
        };
    }

    /** CSV rows; a cell that an earlier export neutralised ('=...) gets its formula text back. */
    final class CsvRows implements RowSource {
        private final BufferedReader in;
        private final List<String> header;
        private List<String> next;
        private int line = 1;

        CsvRows(Path file) throws IOException {
            InputStream raw = Files.newInputStream(file);
            in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
            List<String> h = Csv.readRecord(in);
            if (h == null) {
                in.close();
                throw new InvalidInputException("file", "the file is empty; the first row must name the columns");
            }
            if (!h.isEmpty() && h.getFirst().startsWith("\uFEFF")) {
                h.set(0, h.getFirst().substring(1));
            }
            header = h.stream().map(String::strip).toList();
            advance();
        }

        private void advance() {
            try {
                do {
                    next = Csv.readRecord(in);
                    line++;
                } while (next != null && next.stream().allMatch(String::isBlank));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public List<String> columns() {
            return header;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public SourceRow next() {
            List<String> fields = next;
            int number = line;
            advance();
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), i < fields.size() ? unneutralise(fields.get(i)) : "");
            }
            String problem = fields.size() > header.size() && fields.subList(header.size(), fields.size()).stream()
                    .anyMatch(f -> !f.isBlank()) ? "the row has " + fields.size() + " cells but the header names "
                    + header.size() + " columns" : null;
            return new SourceRow(number, cells, null, problem);
        }

        static String unneutralise(String cell) {
            return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The first sheet of a workbook, streamed row by row. */
    final class XlsxRows implements RowSource {
        private final ReadableWorkbook workbook;
        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private final List<String> header;

        XlsxRows(Path file) throws IOException {
            try {
                workbook = new ReadableWorkbook(file.toFile());
            } catch (RuntimeException | IOException e) {
                throw new InvalidInputException("file", "not a readable XLSX workbook");
            }
            stream = workbook.getFirstSheet().openStream();
            rows = stream.iterator();
            if (!rows.hasNext()) {
                close();
                throw new InvalidInputException("file", "the workbook's first sheet is empty; its first row must name the columns");
            }
            header = texts(rows.next()).stream().map(String::strip).toList();
        }

        private static List<String> texts(Row row) {
            List<String> out = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                out.add(row.getCellAsString(i).orElse(""));
            }
            return out;
        }

        @Override
        public List<String> columns() {
            return header;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public SourceRow next() {
            Row row = rows.next();
            List<String> cells = texts(row);
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                map.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            return new SourceRow(row.getRowNum(), map, null, null);
        }

        @Override
        public void close() throws IOException {
            stream.close();
            workbook.close();
        }
    }

    /** JSON Lines: the API's report objects, or flat objects mapped like CSV columns. */
    final class JsonLines implements RowSource {
        private final BufferedReader in;
        private final List<String> columns = new ArrayList<>();
        private String next;
        private int line;

        JsonLines(Path file) throws IOException {
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            advance();
        }

        private void advance() {
            try {
                do {
                    next = in.readLine();
                    line++;
                } while (next != null && next.isBlank());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public List<String> columns() {
            return columns;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public SourceRow next() {
            String text = next;
            int number = line;
            advance();
            JsonNode node;
            try {
                node = ReportJson.mapper().readTree(text);
            } catch (RuntimeException e) {
                return new SourceRow(number, Map.of("line", text), null, "not a JSON object");
            }
            if (node == null || !node.isObject()) {
                return new SourceRow(number, Map.of("line", text), null, "not a JSON object");
            }
            if (node.path("inquirer").isObject()) {
                try {
                    return new SourceRow(number, Map.of("line", text), ReportJson.strict(text), null);
                } catch (RuntimeException e) {
                    return new SourceRow(number, Map.of("line", text), null, "not a report: " + ReportJson.reason(e));
                }
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (var e : node.properties()) {
                cells.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asString() : e.getValue().toString());
                if (!columns.contains(e.getKey())) {
                    columns.add(e.getKey());
                }
            }
            return new SourceRow(number, cells, null, null);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
