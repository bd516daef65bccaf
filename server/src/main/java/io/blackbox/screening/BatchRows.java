package io.blackbox.screening;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a batch file row by row, never whole: CSV (comma, semicolon or tab, detected from the header),
 * XLSX (first sheet) or JSON lines. Column names are case-insensitive; {@code name} is required,
 * {@code id, type (or schema), country, dob, address, email, phone, website, aliases} (separated by
 * {@code |}) are optional. A row that cannot be read becomes a {@link Row} with an error; reading goes on.
 */
public final class BatchRows implements Iterator<BatchRows.Row>, Closeable {

    public static final Set<String> COLUMNS = Set.of("id", "name", "type", "schema", "country", "dob", "address",
            "email", "phone", "website", "aliases");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One row: its number in the file (the header is row 1 in CSV and XLSX, the first line is row 1 in
     * JSON lines), its values by column, or the reason it could not be read.
     */
    public record Row(int number, Map<String, String> values, String error) {
        public String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private final Iterator<Row> rows;
    private final Closeable resource;

    private BatchRows(Iterator<Row> rows, Closeable resource) {
        this.rows = rows;
        this.resource = resource;
    }

    /**
     * Opens a file.
     *
     * @param format csv, xlsx or jsonl
     * @throws IllegalArgumentException naming the problem when the header is unusable
     */
    public static BatchRows open(Path file, String format) throws IOException {
        return switch (format) {
            case "csv" -> csv(file);
            case "xlsx" -> xlsx(file);
            case "jsonl", "json" -> jsonl(file);
            default -> throw new IllegalArgumentException("unknown batch format '" + format + "' (csv, xlsx or jsonl)");
        };
    }

    /** The format of a file by its name: csv, xlsx or jsonl. */
    public static String formatOf(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            return "xlsx";
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return "jsonl";
        }
        return "csv";
    }

    private static BatchRows csv(Path file) throws IOException {
        String headerLine;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            headerLine = r.readLine();
        } catch (java.nio.charset.MalformedInputException e) {
            headerLine = null;
        }
        if (headerLine == null || headerLine.isBlank()) {
            throw new IllegalArgumentException("the file is empty or its header is not UTF-8 text");
        }
        char delimiter = detectDelimiter(headerLine);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder));
        CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
        List<String> header = parser.getHeaderNames().stream().map(BatchRows::column).toList();
        requireName(header);
        Iterator<CSVRecord> it = parser.iterator();
        Iterator<Row> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return it.hasNext();
                } catch (UncheckedIOException e) {
                    return false;
                }
            }

            @Override
            public Row next() {
                CSVRecord rec;
                try {
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new NoSuchElementException("unreadable CSV after row " + e.getMessage());
                }
                int number = (int) rec.getRecordNumber() + 1;
                if (rec.size() != header.size()) {
                    return new Row(number, Map.of(), "row has " + rec.size() + " fields, the header has " + header.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), rec.get(i));
                }
                String bad = values.values().stream().anyMatch(v -> v.indexOf('\uFFFD') >= 0) ? "invalid UTF-8" : null;
                return new Row(number, values, bad);
            }
        };
        return new BatchRows(rows, parser);
    }

    private static BatchRows xlsx(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        ReadableWorkbook wb;
        try {
            wb = new ReadableWorkbook(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw new IllegalArgumentException("the file is not a readable XLSX workbook");
        }
        Stream<org.dhatim.fastexcel.reader.Row> stream = wb.getFirstSheet().openStream();
        Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator();
        if (!it.hasNext()) {
            wb.close();
            throw new IllegalArgumentException("the first sheet is empty");
        }
        org.dhatim.fastexcel.reader.Row first = it.next();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < first.getCellCount(); i++) {
            header.add(column(first.getCellText(i)));
        }
        requireName(header);
        Iterator<Row> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Row next() {
                org.dhatim.fastexcel.reader.Row r = it.next();
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < r.getCellCount() ? r.getCellText(i) : "");
                }
                return new Row(r.getRowNum(), values, null);
            }
        };
        return new BatchRows(rows, () -> {
            stream.close();
            wb.close();
        });
    }

    private static BatchRows jsonl(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Iterator<String> lines = reader.lines().iterator();
        Iterator<Row> rows = new Iterator<>() {
            private int number;

            @Override
            public boolean hasNext() {
                try {
                    return lines.hasNext();
                } catch (UncheckedIOException e) {
                    return false;
                }
            }

            @Override
            public Row next() {
                String line = lines.next();
                number++;
                if (line.isBlank()) {
                    return new Row(number, Map.of(), "empty line");
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JacksonException e) {
                    return new Row(number, Map.of(), "not a JSON object");
                }
                if (node == null || !node.isObject()) {
                    return new Row(number, Map.of(), "not a JSON object");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (var e : node.properties()) {
                    JsonNode v = e.getValue();
                    String text = v.isArray() ? String.join("|", v.valueStream().map(JsonNode::asString).toList())
                            : v.isNull() ? "" : v.asString();
                    values.put(column(e.getKey()), text);
                }
                if (values.containsKey("names") && !values.containsKey("name")) {
                    String[] parts = values.get("names").split("\\|", 2);
                    values.put("name", parts[0]);
                    if (parts.length > 1) {
                        values.put("aliases", parts[1]);
                    }
                }
                return new Row(number, values, null);
            }
        };
        return new BatchRows(rows, reader);
    }

    private static char detectDelimiter(String header) {
        char best = ',';
        int most = count(header, ',');
        for (char c : new char[] {';', '\t'}) {
            if (count(header, c) > most) {
                most = count(header, c);
                best = c;
            }
        }
        return best;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static String column(String raw) {
        return raw == null ? "" : raw.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    private static void requireName(List<String> header) {
        if (!header.contains("name")) {
            throw new IllegalArgumentException("the header " + header + " has no 'name' column (expected id,name and "
                    + "optionally " + String.join(",", Arrays.asList("type", "country", "dob", "address", "email", "phone",
                    "website", "aliases")) + ")");
        }
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public Row next() {
        return rows.next();
    }

    @Override
    public void close() throws IOException {
        resource.close();
    }
}
