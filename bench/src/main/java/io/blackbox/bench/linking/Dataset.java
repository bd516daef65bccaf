package io.blackbox.bench.linking;

import io.blackbox.engine.linking.Csv;
import io.blackbox.engine.linking.LinkRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A labelled linkage data set in the shape of the link contract: records and the true entity of each.
 * Loaders convert the public sets in ../shared/data/linkage into that shape.
 */
public record Dataset(String name, List<LinkRecord> records, List<String> truth) {

    public Dataset {
        if (records.size() != truth.size()) {
            throw new IllegalArgumentException(name + ": " + records.size() + " records but " + truth.size() + " labels");
        }
    }

    /** Writes the records as the link command's input CSV. */
    public void writeInput(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Csv.writeRecord(w, "id", "name", "address", "country", "email", "phone", "website", "identifier", "dob");
            for (LinkRecord r : records) {
                Csv.writeRecord(w, r.id(), r.name(), r.address(), r.country(), r.email(), r.phone(), r.website(),
                        r.identifier(), r.dob());
            }
        }
    }

    /** Febrl 4a + 4b: 5,000 originals and 5,000 corrupted duplicates, one each per person. */
    public static Dataset febrl4(Path dir) throws IOException {
        List<LinkRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (String file : List.of("dataset4a.csv", "dataset4b.csv")) {
            List<List<String>> rows = readCsv(dir.resolve(file));
            for (List<String> f : rows.subList(1, rows.size())) {
                String id = f.get(0).strip();
                String name = join(" ", f.get(1), f.get(2));
                String address = join(", ", f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8));
                records.add(new LinkRecord(id, name, address, null, null, null, null, blankToNull(f.get(10)),
                        blankToNull(f.get(9))));
                truth.add(id.replaceFirst("^rec-(\\d+)-.*$", "$1"));
            }
        }
        return new Dataset("febrl4a+4b", records, truth);
    }

    /** Splink's fake_1000: people with first name, surname, date of birth, city, e-mail. */
    public static Dataset splinkFake1000(Path dir) throws IOException {
        List<LinkRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        List<List<String>> rows = readCsv(dir.resolve("fake_1000.csv"));
        for (List<String> f : rows.subList(1, rows.size())) {
            records.add(new LinkRecord(f.get(0), join(" ", f.get(1), f.get(2)), blankToNull(f.get(4)), null,
                    blankToNull(f.get(5)), null, null, null, blankToNull(f.get(3))));
            truth.add(f.get(6));
        }
        return new Dataset("splink-fake-1000", records, truth);
    }

    /**
     * DBLP-ACM bibliographic records: title as the name, authors as the "address" (a second free-text
     * field), year as the date. Truth from the perfect mapping.
     */
    public static Dataset dblpAcm(Path dir) throws IOException {
        List<LinkRecord> records = new ArrayList<>();
        Map<String, String> entity = new HashMap<>();
        List<List<String>> mapping = readCsv(dir.resolve("DBLP-ACM_perfectMapping.csv"));
        for (List<String> f : mapping.subList(1, mapping.size())) {
            entity.put("acm:" + f.get(1), "dblp:" + f.get(0));
        }
        for (String[] source : new String[][] {{"DBLP2.csv", "dblp:"}, {"ACM.csv", "acm:"}}) {
            List<List<String>> rows = readCsv(dir.resolve(source[0]));
            for (List<String> f : rows.subList(1, rows.size())) {
                records.add(new LinkRecord(source[1] + f.get(0), f.get(1), blankToNull(f.get(2)), null, null, null, null,
                        null, blankToNull(f.get(4))));
            }
        }
        List<String> truth = new ArrayList<>();
        for (LinkRecord r : records) {
            truth.add(entity.getOrDefault(r.id(), r.id()));
        }
        return new Dataset("dblp-acm", records, truth);
    }

    static List<List<String>> readCsv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (List<String> f; (f = Csv.readRecord(in)) != null; ) {
                if (!(f.size() == 1 && f.get(0).isBlank())) {
                    rows.add(f);
                }
            }
        }
        return rows;
    }

    private static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(sep);
                }
                b.append(p.strip());
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
