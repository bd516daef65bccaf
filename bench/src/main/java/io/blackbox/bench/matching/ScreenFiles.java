package io.blackbox.bench.matching;

import io.blackbox.engine.linking.Csv;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes inputs for timing the {@code screen} command as a whole process: a custom list of the 50,000
 * synthetic persons (shared/data yente negatives) and queries that are typo variants of some of them
 * mixed with unrelated Congress names.
 *
 * <p>Usage: {@code ScreenFiles <shared-data-dir> <list.csv> <queries.csv> [queries=5000]}
 */
public final class ScreenFiles {
    private ScreenFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path list = Path.of(args[1]);
        Path queries = Path.of(args[2]);
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        Path fixtures = data.resolve("peer-tests/yente-fixtures");
        List<String[]> people = new ArrayList<>();
        List<String> lines = Files.readAllLines(fixtures.resolve("yente_cgb_negatives_global.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length >= 8 && !f[0].isBlank()) {
                people.add(new String[]{f[0], f[5], f[7]});
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            w.write("id,name,aliases,type,country,dob,address\n");
            for (int i = 0; i < people.size(); i++) {
                String[] p = people.get(i);
                w.write("N" + i + "," + csv(p[0]) + ",,Person," + csv(p[2]) + "," + p[1] + ",\n");
            }
        }
        List<String> congress = Files.readAllLines(fixtures.resolve("yente_cgb_positives_us_congress_untreated.csv"), StandardCharsets.UTF_8);
        Random random = new Random(7);
        Perturbations perturb = new Perturbations(7);
        try (BufferedWriter w = Files.newBufferedWriter(queries, StandardCharsets.UTF_8)) {
            w.write("id,name,type,country,dob,address\n");
            for (int i = 0; i < n; i++) {
                String name;
                if (i % 2 == 0) {
                    name = perturb.typo(people.get(random.nextInt(people.size()))[0]);
                } else {
                    String c = congress.get(1 + random.nextInt(congress.size() - 1));
                    name = Csv.readRecord(new BufferedReader(new StringReader(c))).getFirst();
                }
                w.write("q" + i + "," + csv(name) + ",Person,,,\n");
            }
        }
        System.out.println("wrote " + people.size() + " list entries to " + list + " and " + n + " queries to " + queries);
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
