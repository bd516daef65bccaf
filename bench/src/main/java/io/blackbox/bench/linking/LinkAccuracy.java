package io.blackbox.bench.linking;

import io.blackbox.engine.cli.LinkCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accuracy of the link command on labelled sets, run through the exact CLI contract (CSV in, CSV out):
 * Febrl 4a/4b, splink fake_1000, DBLP-ACM, and the generated procurement-network set with the naive
 * shared-key baseline beside it. Usage: {@code LinkAccuracy <shared-data-dir> [work-dir]}.
 */
public final class LinkAccuracy {

    private LinkAccuracy() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "bench/target/link-accuracy"));
        Path linkage = shared.resolve("linkage");
        List<Dataset> sets = new ArrayList<>();
        sets.add(Dataset.febrl4(linkage.resolve("febrl")));
        sets.add(Dataset.splinkFake1000(linkage.resolve("splink-fake-1000")));
        sets.add(Dataset.dblpAcm(linkage.resolve("dblp-acm")));
        Path sdn = shared.resolve("lists/ofac-sdn-2024-07");
        if (Files.isDirectory(sdn)) {
            for (long seed : new long[] {7, 8, 9}) {
                sets.add(new ProcurementGenerator(ProcurementGenerator.Settings.standard(seed)).generate(sdn));
            }
            sets.add(new ProcurementGenerator(ProcurementGenerator.Settings.hard(7)).generate(sdn));
        }
        for (Dataset d : sets) {
            Path in = work.resolve(d.name() + "-input.csv");
            Path out = work.resolve(d.name() + "-clusters.csv");
            d.writeInput(in);
            long t0 = System.nanoTime();
            List<String> predicted = runCli(in, out);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Scores s = Scores.of(d.truth(), predicted);
            System.out.printf("%-22s %6d records  %s  (%d ms)%n", d.name(), d.records().size(), s, ms);
            if (d.name().startsWith("procurement")) {
                Scores naive = Scores.of(d.truth(), NaiveLinker.link(d.records()));
                System.out.printf("%-22s %6d records  %s%n", "  naive shared-key", d.records().size(), naive);
            }
        }
    }

    /** Runs {@code link --input in --output out} and returns the cluster of each input row. */
    static List<String> runCli(Path in, Path out) throws IOException {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new LinkCommand());
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("--input", in.toString(), "--output", out.toString());
        String[] lines = err.toString().split("\n");
        System.err.println(lines[lines.length - 1]);
        if (code != 0) {
            throw new IllegalStateException("link exited with " + code + ": " + err);
        }
        List<List<String>> rows = Dataset.readCsv(out);
        if (!rows.get(0).equals(List.of("id", "cluster"))) {
            throw new IllegalStateException("output header is " + rows.get(0));
        }
        List<String> clusters = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            clusters.add(r.get(1));
        }
        return clusters;
    }

    static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> c = new HashMap<>();
        values.forEach(v -> c.merge(v, 1, Integer::sum));
        return c;
    }
}
