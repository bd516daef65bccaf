package io.blackbox.engine.linking;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Febrl 4a/4b from ../shared/data: the accuracy target, checked on every build where the data is present. */
class SharedDataLinkingTests {

    static Path sharedData() {
        String prop = System.getProperty("blackbox.shared.data");
        Path p = prop != null ? Path.of(prop) : Path.of("../shared/data");
        if (!Files.isDirectory(p)) {
            p = Path.of("../../shared/data");
        }
        return p;
    }

    @Test
    void febrl4LinksWithPairwiseF1AboveNinetyNinePercent() throws IOException {
        Path dir = sharedData().resolve("linkage/febrl");
        assumeTrue(Files.isRegularFile(dir.resolve("dataset4a.csv")),
                "skipped: Febrl data not found at " + dir.toAbsolutePath() + " (set -Dblackbox.shared.data)");
        List<LinkRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (String file : List.of("dataset4a.csv", "dataset4b.csv")) {
            try (BufferedReader in = Files.newBufferedReader(dir.resolve(file))) {
                Csv.readRecord(in);
                for (List<String> f; (f = Csv.readRecord(in)) != null; ) {
                    String id = f.get(0).strip();
                    String address = String.join(", ", f.subList(3, 9)).strip();
                    records.add(new LinkRecord(id, (f.get(1).strip() + " " + f.get(2).strip()).strip(), address, null,
                            null, null, null, f.get(10).strip(), f.get(9).strip()));
                    truth.add(id.replaceFirst("^rec-(\\d+)-.*$", "$1"));
                }
            }
        }
        LinkResult result = Linker.withDefaults().link(records);
        List<String> clusters = Fixtures.clusters(result, records);
        // pairwise F1 over the 5,000 true pairs, counted without the quadratic helper
        java.util.Map<String, Integer> both = new java.util.HashMap<>();
        java.util.Map<String, Integer> pred = new java.util.HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            both.merge(truth.get(i) + "|" + clusters.get(i), 1, Integer::sum);
            pred.merge(clusters.get(i), 1, Integer::sum);
        }
        long tp = both.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        long found = pred.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        double precision = tp / (double) found;
        double recall = tp / 5000.0;
        double f1 = 2 * precision * recall / (precision + recall);
        assertThat(f1).as("pairwise F1 (P=%.4f R=%.4f)", precision, recall).isGreaterThanOrEqualTo(0.99);
    }
}
