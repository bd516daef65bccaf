package io.blackbox.bench.matching;

import io.blackbox.engine.linking.Csv;
import io.blackbox.engine.lists.BundledLists;
import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.matching.MatchIndex;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Matcher;
import io.blackbox.engine.matching.Query;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Screening accuracy on the yente candidate-generation fixtures:
 * <ol>
 *   <li>recall@1: the 1,254 US Congress persons and the 50,000 synthetic negatives are indexed together
 *       and every Congress person is queried with perturbed variants ({@link Perturbations});</li>
 *   <li>false-positive rate: the 50,000 synthetic negatives are screened against the bundled real lists;
 *       a query is a false positive when its best hit is in the match band.</li>
 * </ol>
 * Usage: {@code ScreenAccuracy <shared-data-dir> [--examples] [--candidates N] [--floor F]}; with {@code --examples},
 * {@code -Dexamples.max=N} lists up to N false positives (default 200).
 */
public final class ScreenAccuracy {
    private static final long SEED = 20261128L;

    private ScreenAccuracy() {
    }

    record Person(String id, String name) {
    }

    /** Names the index retrieves per query before rescoring ({@code --candidates N}). */
    private static int candidates;
    /** Share of a query's best possible retrieval score a name needs to be retrieved ({@code --floor F}). */
    private static double floor;

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        boolean examples = List.of(args).contains("--examples");
        int at = List.of(args).indexOf("--candidates");
        candidates = at >= 0 ? Integer.parseInt(args[at + 1]) : MatchIndex.DEFAULT_CANDIDATES;
        int f = List.of(args).indexOf("--floor");
        floor = f >= 0 ? Double.parseDouble(args[f + 1]) : 0;
        System.out.printf(Locale.ROOT, "candidates retrieved per query: %d, floor %.2f%n", candidates, floor);
        Path fixtures = data.resolve("peer-tests/yente-fixtures");
        List<Person> congress = read(fixtures.resolve("yente_cgb_positives_us_congress_untreated.csv"), "congress");
        List<Person> negatives = read(fixtures.resolve("yente_cgb_negatives_global.csv"), "negative");
        System.out.printf(Locale.ROOT, "congress persons %d, synthetic negatives %d%n", congress.size(), negatives.size());
        Matcher matcher = new Matcher();
        recall(congress, negatives, matcher, examples);
        falsePositives(negatives, matcher, examples);
    }

    private static void recall(List<Person> congress, List<Person> negatives, Matcher matcher, boolean examples) {
        List<MatchRecord> records = new ArrayList<>();
        for (Person p : congress) {
            records.add(record(p));
        }
        for (Person p : negatives) {
            records.add(record(p));
        }
        long t0 = System.nanoTime();
        try (MatchIndex index = MatchIndex.build(records, matcher, null, candidates, floor)) {
            System.out.printf(Locale.ROOT, "recall index: %d records built in %.1f s%n", index.size(), (System.nanoTime() - t0) / 1e9);
            Perturbations perturbations = new Perturbations(SEED);
            List<Person> queryOwner = new ArrayList<>();
            List<Perturbations.Variant> variants = new ArrayList<>();
            for (Person p : congress) {
                for (Perturbations.Variant v : perturbations.variants(p.name)) {
                    queryOwner.add(p);
                    variants.add(v);
                }
            }
            boolean[] hit = new boolean[variants.size()];
            boolean[] matched = new boolean[variants.size()];
            boolean[] tied = new boolean[variants.size()];
            double[] rightScore = new double[variants.size()];
            String[] top = new String[variants.size()];
            IntStream.range(0, variants.size()).parallel().forEach(i -> {
                List<MatchResult> r = index.search(Query.name(variants.get(i).name()), 5);
                hit[i] = !r.isEmpty() && r.getFirst().entityId().equals(queryOwner.get(i).id);
                rightScore[i] = hit[i] ? r.getFirst().score() : 0;
                // Several Congress members share a name (two Robert Menendez); a tie at the top with the
                // wanted record is a hit for the tie-aware count.
                tied[i] = hit[i] || r.stream().anyMatch(m -> m.entityId().equals(queryOwner.get(i).id)
                        && m.score() == r.getFirst().score());
                matched[i] = hit[i] && r.getFirst().isMatch();
                top[i] = r.isEmpty() ? "-" : r.getFirst().caption() + " " + r.getFirst().score();
            });
            Map<Perturbations.Kind, int[]> byKind = new EnumMap<>(Perturbations.Kind.class);
            int hits = 0;
            int matches = 0;
            int ties = 0;
            for (int i = 0; i < hit.length; i++) {
                int[] c = byKind.computeIfAbsent(variants.get(i).kind(), k -> new int[3]);
                c[0]++;
                c[1] += hit[i] ? 1 : 0;
                c[2] += matched[i] ? 1 : 0;
                hits += hit[i] ? 1 : 0;
                ties += tied[i] ? 1 : 0;
                matches += matched[i] ? 1 : 0;
                if (examples && !tied[i]) {
                    System.out.printf("  miss %-14s %s -> %s (wanted %s)%n", variants.get(i).kind(), variants.get(i).name(), top[i], queryOwner.get(i).name);
                }
            }
            System.out.printf(Locale.ROOT, "recall@1 %.4f (%d of %d perturbed queries); also in the match band %.4f%n",
                    hits / (double) hit.length, hits, hit.length, matches / (double) hit.length);
            System.out.printf(Locale.ROOT, "recall@1 counting ties at the top (same-name Congress members) %.4f (%d of %d)%n",
                    ties / (double) hit.length, ties, hit.length);
            for (double t = 0.75; t <= 0.951; t += 0.05) {
                final double th = t;
                long c = java.util.Arrays.stream(rightScore).filter(x -> x >= th).count();
                System.out.printf(Locale.ROOT, "  found at rank 1 and scoring at least %.2f: %.4f%n", t, c / (double) rightScore.length);
            }
            for (var e : byKind.entrySet()) {
                System.out.printf(Locale.ROOT, "  %-16s recall@1 %.4f  match band %.4f  (n %d)%n", e.getKey(),
                        e.getValue()[1] / (double) e.getValue()[0], e.getValue()[2] / (double) e.getValue()[0], e.getValue()[0]);
            }
            scripts(index, congress, examples);
        }
    }

    /**
     * Every Congress person's name written in another script, letter by letter as ICU's Latin-to-script
     * transliterators write it (the TRANSLITERATION kind above is Cyrillic): a harder test than a person
     * would write, since they spell the letters, not the sounds (Christopher is Χριστοφερ, チリストプヘル).
     */
    private static void scripts(MatchIndex index, List<Person> congress, boolean examples) {
        System.out.println("recall@1 of the Congress names written in other scripts by ICU's Latin-<script> transliterators:");
        for (String script : OTHER_SCRIPTS) {
            com.ibm.icu.text.Transliterator t = com.ibm.icu.text.Transliterator.getInstance("Latin-" + script);
            String[] queries = congress.stream().map(p -> t.transliterate(p.name)).toArray(String[]::new);
            boolean[] hit = new boolean[queries.length];
            boolean[] matched = new boolean[queries.length];
            String[] top = new String[queries.length];
            IntStream.range(0, queries.length).parallel().forEach(i -> {
                try {
                    List<MatchResult> r = index.search(Query.name(queries[i]), 1);
                    hit[i] = !r.isEmpty() && r.getFirst().entityId().equals(congress.get(i).id);
                    matched[i] = hit[i] && r.getFirst().isMatch();
                    top[i] = r.isEmpty() ? "-" : r.getFirst().caption() + " " + r.getFirst().score();
                } catch (IllegalArgumentException e) {
                    top[i] = "unreadable: " + e.getMessage();
                }
            });
            int hits = 0;
            int matches = 0;
            int shown = 0;
            for (int i = 0; i < hit.length; i++) {
                hits += hit[i] ? 1 : 0;
                matches += matched[i] ? 1 : 0;
                if (examples && !hit[i] && shown++ < Integer.getInteger("scripts.examples", 15)) {
                    System.out.printf("  miss %-13s %s -> %s (wanted %s)%n", script, queries[i], top[i], congress.get(i).name);
                }
            }
            System.out.printf(Locale.ROOT, "  %-13s recall@1 %.4f  match band %.4f  (n %d)%n", script,
                    hits / (double) hit.length, matches / (double) hit.length, hit.length);
        }
    }

    private static final List<String> OTHER_SCRIPTS = List.of("Russian/BGN", "Greek", "Greek/UNGEGN", "Arabic", "Hebrew", "Katakana", "Hangul",
            "Devanagari", "Thai", "Armenian", "Georgian");

    private static void falsePositives(List<Person> negatives, Matcher matcher, boolean examples) {
        long t0 = System.nanoTime();
        List<MatchRecord> records = new ArrayList<>();
        for (ImportResult r : BundledLists.load()) {
            for (ListEntity e : r.entities()) {
                records.add(MatchRecord.of(e));
            }
        }
        try (MatchIndex index = MatchIndex.build(records, matcher, null, candidates, floor)) {
            System.out.printf(Locale.ROOT, "real lists: %d entities, %d names, built in %.1f s%n", index.size(), index.nameCount(),
                    (System.nanoTime() - t0) / 1e9);
            double[] topScores = new double[negatives.size()];
            AtomicInteger fp = new AtomicInteger();
            AtomicInteger review = new AtomicInteger();
            AtomicInteger latinQueries = new AtomicInteger();
            AtomicInteger latinFp = new AtomicInteger();
            List<String> shown = java.util.Collections.synchronizedList(new ArrayList<>());
            long t1 = System.nanoTime();
            IntStream.range(0, negatives.size()).parallel().forEach(i -> {
                String name = negatives.get(i).name;
                boolean latin = name.chars().allMatch(c -> c < 0x250);
                if (latin) {
                    latinQueries.incrementAndGet();
                }
                List<MatchResult> r = index.search(Query.name(name, Schema.PERSON), 1);
                topScores[i] = r.isEmpty() ? 0 : r.getFirst().score();
                if (!r.isEmpty() && r.getFirst().isMatch()) {
                    fp.incrementAndGet();
                    if (latin) {
                        latinFp.incrementAndGet();
                    }
                    if (examples && shown.size() < Integer.getInteger("examples.max", 200)) {
                        shown.add("  FP " + name + " -> " + r.getFirst().entityId() + " " + r.getFirst().score() + " " + r.getFirst().explanation());
                    }
                } else if (!r.isEmpty() && r.getFirst().band() == io.blackbox.engine.matching.Band.REVIEW) {
                    review.incrementAndGet();
                }
            });
            double secs = (System.nanoTime() - t1) / 1e9;
            shown.forEach(System.out::println);
            int n = negatives.size();
            int nonLatin = n - latinQueries.get();
            System.out.printf(Locale.ROOT, "false-positive rate %.4f (%d of %d negatives in the match band; %d more in review)%n",
                    fp.get() / (double) n, fp.get(), n, review.get());
            System.out.printf(Locale.ROOT, "  Latin-script queries %.4f (%d of %d); other scripts %.4f (%d of %d)%n",
                    latinFp.get() / (double) latinQueries.get(), latinFp.get(), latinQueries.get(),
                    nonLatin == 0 ? 0 : (fp.get() - latinFp.get()) / (double) nonLatin, fp.get() - latinFp.get(), nonLatin);
            System.out.printf(Locale.ROOT, "  screened %d queries in %.1f s (%.0f/s)%n", n, secs, n / secs);
            for (double t = 0.75; t <= 0.951; t += 0.05) {
                final double th = t;
                long c = java.util.Arrays.stream(topScores).filter(x -> x >= th).count();
                System.out.printf(Locale.ROOT, "  false-positive rate at threshold %.2f: %.4f%n", t, c / (double) n);
            }
        }
    }

    private static MatchRecord record(Person p) {
        return new MatchRecord(p.id, Schema.PERSON, p.name, List.of(EntityName.primary(p.name)), List.of(), List.of(), List.of());
    }

    /** The first column of a fixture CSV, read as RFC 4180: a quoted name keeps its doubled quotes ("Eric A. ""Rick"" Crawford"). */
    private static List<Person> read(Path file, String prefix) throws IOException {
        List<Person> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Csv.readRecord(in); // header
            int row = 0;
            for (List<String> fields; (fields = Csv.readRecord(in)) != null; ) {
                row++;
                String name = fields.getFirst();
                if (!name.isBlank()) {
                    out.add(new Person(prefix + ":" + row, name.strip()));
                }
            }
        }
        return out;
    }
}
