package io.blackbox.bench.matching;

import io.blackbox.engine.lists.BundledLists;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.matching.MatchIndex;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.Query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long a screening against the bundled lists takes for names written in another script, beside the same
 * names spelled in Latin letters. The queries are two-word names made of consecutive rows of
 * shared/data/names/wikidata-transliteration/wd_&lt;script&gt;_20.tsv (the written words, and their English
 * words), at most 3,000; each set is screened five times in turn, one thread, and the mean of the last round
 * is reported. Usage: {@code ScriptQuerySpeed <shared-data-dir> [script ...]} (default arabic katakana).
 */
public final class ScriptQuerySpeed {
    private static final int MAX_QUERIES = 3_000;
    private static final int ROUNDS = 5;

    private ScriptQuerySpeed() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        List<String> scripts = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("arabic", "katakana");
        List<MatchRecord> records = new ArrayList<>();
        for (ImportResult r : BundledLists.load()) {
            for (ListEntity e : r.entities()) {
                records.add(MatchRecord.of(e));
            }
        }
        try (MatchIndex index = MatchIndex.build(records)) {
            System.out.printf(Locale.ROOT, "bundled lists: %d records; %d rounds, one thread, mean of the last%n",
                    records.size(), ROUNDS);
            for (String script : scripts) {
                Path file = data.resolve("names/wikidata-transliteration/wd_" + script + "_20.tsv");
                if (!Files.exists(file)) {
                    System.out.println(script + ": " + file + " not found");
                    continue;
                }
                List<String> written = new ArrayList<>();
                List<String> english = new ArrayList<>();
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i + 1 < lines.size() && written.size() < MAX_QUERIES; i += 2) {
                    String[] a = lines.get(i).split("\t");
                    String[] b = lines.get(i + 1).split("\t");
                    if (a.length < 2 || b.length < 2) {
                        continue;
                    }
                    // the files write each word's letters apart
                    written.add(a[1].replace(" ", "") + " " + b[1].replace(" ", ""));
                    english.add(a[0].replace(" ", "") + " " + b[0].replace(" ", ""));
                }
                double[] last = new double[2];
                for (int round = 0; round < ROUNDS; round++) {
                    last[0] = meanMillis(index, written);
                    last[1] = meanMillis(index, english);
                }
                System.out.printf(Locale.ROOT, "%-9s %d queries: written %.3f ms, spelled in Latin %.3f ms%n", script,
                        written.size(), last[0], last[1]);
            }
        }
    }

    private static double meanMillis(MatchIndex index, List<String> queries) {
        long start = System.nanoTime();
        int n = 0;
        for (String q : queries) {
            try {
                index.search(Query.name(q), 5);
                n++;
            } catch (IllegalArgumentException e) {
                // a row with no letter
            }
        }
        return (System.nanoTime() - start) / 1e6 / Math.max(1, n);
    }
}
