package io.blackbox.bench.screening;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import io.blackbox.bench.matching.ScaleCorpus;
import io.blackbox.engine.matching.MatchRecord;

/**
 * Writes the inputs of the HTTP screening benchmark: a custom list of generated persons that, with the
 * bundled lists, brings the server's index to the target number of names; request bodies for the load
 * generator (names of real listed entities and of generated persons, a third of them not listed at all);
 * and a batch file of counterparties.
 *
 * <p>Usage: {@code HttpBenchFiles <shared data> <target names> <list.csv> <bodies.txt> <bodies> <batch.csv> <batch rows>}
 */
public final class HttpBenchFiles {

    private HttpBenchFiles() {
    }

    /**
     * The name of the {@code i}th request body: in turn a listed entity's, a generated person's (the scale corpus
     * puts the generated records last) and an unlisted company's.
     */
    static String bodyName(List<MatchRecord> records, List<MatchRecord> generated, Random random, int i) {
        return switch (i % 3) {
            case 0 -> records.get(random.nextInt(records.size() - generated.size())).caption();
            case 1 -> generated.get(random.nextInt(generated.size())).caption();
            default -> "Unlisted Trading " + Integer.toString(random.nextInt(1_000_000), 36) + " LLC";
        };
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]);
        long target = Long.parseLong(args[1]);
        List<MatchRecord> records = ScaleCorpus.build(shared, target, 7);
        List<MatchRecord> generated = records.stream().filter(r -> r.id().startsWith("gen:")).toList();
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            w.write("id,name,type\n");
            for (MatchRecord r : generated) {
                w.write(r.id().substring(4) + "," + csv(r.caption()) + ",person\n");
            }
        }
        Random random = new Random(11);
        int bodies = Integer.parseInt(args[4]);
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < bodies; i++) {
                String name = bodyName(records, generated, random, i);
                w.write("{\"name\": \"" + json(name) + "\", \"limit\": 5}\n");
            }
        }
        int rows = Integer.parseInt(args[6]);
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[5]), StandardCharsets.UTF_8)) {
            w.write("id,name,country\n");
            for (int i = 0; i < rows; i++) {
                String name = i % 2 == 0 ? records.get(random.nextInt(records.size())).caption()
                        : "Customer " + Integer.toString(i, 36) + " Industrial Supplies";
                w.write("c" + i + "," + csv(name) + ",\n");
            }
        }
        System.out.println("scale list: " + generated.size() + " generated persons; index target " + target
                + " names; " + bodies + " request bodies; batch of " + rows + " rows");
    }

    private static String csv(String v) {
        return v.indexOf(',') >= 0 || v.indexOf('"') >= 0 ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static String json(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
