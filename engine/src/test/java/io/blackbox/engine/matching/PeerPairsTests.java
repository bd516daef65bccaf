package io.blackbox.engine.matching;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A regression guard on the labelled peer-test pairs in shared/data (the full evaluation with its report
 * is bench/match-accuracy.sh). Skips when shared/data is absent.
 */
class PeerPairsTests {

    static Path sharedData() {
        String property = System.getProperty("blackbox.shared.data");
        Path p = property != null ? Path.of(property) : Path.of("../shared/data");
        if (!Files.isDirectory(p)) {
            p = Path.of("../../shared/data");
        }
        return p;
    }

    @Test
    void labelledPeerPairsKeepTheirF1() throws IOException {
        Path dir = sharedData().resolve("peer-tests/name-pairs");
        assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + " (set -Dblackbox.shared.data); skipping");
        Matcher matcher = new Matcher();
        int tp = 0, fp = 0, fn = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv") && !p.getFileName().toString().startsWith("normalization")).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                List<String> header = List.of(lines.getFirst().split("\t", -1));
                int q = header.indexOf("query_name");
                int c = header.indexOf("candidate_name");
                int e = header.indexOf("expected");
                for (String line : lines.subList(1, lines.size())) {
                    String[] v = line.split("\t", -1);
                    if (v.length != header.size() || v[q].isBlank() || v[c].isBlank()
                            || !(v[e].equals("match") || v[e].equals("nomatch"))) {
                        continue;
                    }
                    double best = 0;
                    for (String a : v[q].split(" \\| ")) {
                        for (String b : v[c].split(" \\| ")) {
                            try {
                                best = Math.max(best, matcher.scorePair(a, b, null).score());
                            } catch (IllegalArgumentException ex) {
                                // a name of only symbols matches nothing
                            }
                        }
                    }
                    boolean predicted = best >= matcher.thresholds().match();
                    boolean actual = v[e].equals("match");
                    if (predicted && actual) tp++;
                    else if (predicted) fp++;
                    else if (actual) fn++;
                }
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("[matching] peer pairs: F1 %.3f (precision %.3f, recall %.3f)%n", f1, precision, recall);
        assertThat(f1).isGreaterThan(0.85);
    }
}
