package io.blackbox.bench.matching;

import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.matching.Matcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Accuracy of pair scoring on the labelled peer-test pairs (shared/data/peer-tests/name-pairs): F1 at the
 * default threshold, Latin and non-Latin pairs apart, a threshold sweep, and the rank correlation with the
 * peers' own scores on the {@code score} rows (calibration only, not ground truth).
 *
 * <p>Usage: {@code PairAccuracy <shared-data-dir> [--errors]}
 */
public final class PairAccuracy {

    /** One labelled pair. */
    record Pair(String file, String schema, String a, String b, boolean match, boolean latin) {
    }

    /** One peer-scored pair. */
    record Scored(String file, String a, String b, double peerScore) {
    }

    private PairAccuracy() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        boolean errors = List.of(args).contains("--errors");
        Path dir = data.resolve("peer-tests/name-pairs");
        List<Pair> pairs = new ArrayList<>();
        List<Scored> scored = new ArrayList<>();
        int dropped = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".tsv") && !name.startsWith("normalization")) {
                    dropped += readTsv(f, pairs, scored);
                } else if (name.equals("watchman_cross_script_pairs.csv")) {
                    readCrossScript(f, pairs);
                }
            }
        }
        Matcher matcher = new Matcher();
        double threshold = matcher.thresholds().match();
        System.out.printf(Locale.ROOT, "labelled pairs: %d (dropped n/a, partial and empty-name rows: %d), default threshold %.2f%n",
                pairs.size(), dropped, threshold);
        Map<Pair, Double> scores = new LinkedHashMap<>();
        for (Pair p : pairs) {
            scores.put(p, score(matcher, p.a, p.b, p.schema));
        }
        report("all", pairs, scores, threshold, errors);
        report("Latin", pairs.stream().filter(Pair::latin).toList(), scores, threshold, false);
        report("non-Latin", pairs.stream().filter(p -> !p.latin).toList(), scores, threshold, false);
        System.out.println("threshold sweep (all pairs):");
        for (double t = 0.60; t <= 0.951; t += 0.05) {
            Counts c = counts(pairs, scores, t);
            System.out.printf(Locale.ROOT, "  %.2f  F1 %.3f  P %.3f  R %.3f%n", t, c.f1(), c.precision(), c.recall());
        }
        Map<String, List<double[]>> byFile = new HashMap<>();
        for (Scored s : scored) {
            byFile.computeIfAbsent(s.file, k -> new ArrayList<>()).add(new double[]{s.peerScore, score(matcher, s.a, s.b, "")});
        }
        System.out.println("calibration against peer scores (Spearman rank correlation, n):");
        for (var e : byFile.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-36s rho %.3f  n %d%n", e.getKey(), spearman(e.getValue()), e.getValue().size());
        }
    }

    private static double score(Matcher m, String a, String b, String schema) {
        Schema s = null;
        try {
            s = schema == null || schema.isBlank() ? null : Schema.parse(schema);
        } catch (IllegalArgumentException e) {
            // "EntityPerson" and other peer-specific labels: no schema
        }
        // Peer fixtures list several names of one party separated by " | "; the best pair counts.
        double best = 0;
        for (String x : a.split(" \\| ")) {
            for (String y : b.split(" \\| ")) {
                try {
                    best = Math.max(best, m.scorePair(x, y, s).score());
                } catch (IllegalArgumentException e) {
                    // an empty name matches nothing
                }
            }
        }
        return best;
    }

    record Counts(int tp, int fp, int fn, int tn) {
        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private static Counts counts(List<Pair> pairs, Map<Pair, Double> scores, double t) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Pair p : pairs) {
            boolean predicted = scores.get(p) >= t;
            if (predicted && p.match) tp++;
            else if (predicted) fp++;
            else if (p.match) fn++;
            else tn++;
        }
        return new Counts(tp, fp, fn, tn);
    }

    private static void report(String label, List<Pair> pairs, Map<Pair, Double> scores, double t, boolean errors) {
        Counts c = counts(pairs, scores, t);
        System.out.printf(Locale.ROOT, "%-10s n %4d (match %d, nomatch %d)  F1 %.3f  precision %.3f  recall %.3f  (tp %d fp %d fn %d tn %d)%n",
                label, pairs.size(), c.tp + c.fn, c.fp + c.tn, c.f1(), c.precision(), c.recall(), c.tp, c.fp, c.fn, c.tn);
        if (errors) {
            for (Pair p : pairs) {
                double s = scores.get(p);
                if ((s >= t) != p.match) {
                    System.out.printf(Locale.ROOT, "    %s %.3f  %s | %s  [%s]%n", p.match ? "FN" : "FP", s, p.a, p.b, p.file);
                }
            }
        }
    }

    private static int readTsv(Path f, List<Pair> pairs, List<Scored> scored) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        String[] header = lines.getFirst().split("\t", -1);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            col.put(header[i], i);
        }
        int dropped = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split("\t", -1);
            if (v.length < header.length) {
                continue;
            }
            String expected = v[col.get("expected")];
            String a = v[col.get("query_name")];
            String b = v[col.get("candidate_name")];
            String scripts = v[col.get("scripts")];
            boolean latin = !scripts.isBlank() && List.of(scripts.split("\\|")).stream().allMatch(s -> s.equals("Latin") || s.equals("-") || s.isBlank());
            if (a.isBlank() || b.isBlank()) {
                dropped++; // no name to compare: score-pairs reports such rows as errors
                continue;
            }
            switch (expected) {
                case "match" -> pairs.add(new Pair(f.getFileName().toString(), v[col.get("schema")], a, b, true, latin));
                case "nomatch" -> pairs.add(new Pair(f.getFileName().toString(), v[col.get("schema")], a, b, false, latin));
                case "score" -> {
                    String es = v[col.get("expected_score")];
                    int eq = es.indexOf('=');
                    try {
                        double peer = Double.parseDouble(es.substring(eq + 1).replaceAll("[^0-9.\\-].*$", ""));
                        String source = es.substring(0, Math.max(0, eq)).replaceAll("[^a-z_]", "");
                        scored.add(new Scored(f.getFileName() + (source.isEmpty() ? "" : " (" + source + ")"), a, b, peer));
                    } catch (RuntimeException e) {
                        dropped++;
                    }
                }
                default -> dropped++;
            }
        }
        return dropped;
    }

    private static void readCrossScript(Path f, List<Pair> pairs) throws IOException {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] v = line.split(",", -1);
            if (v.length >= 2 && !v[0].isBlank() && !v[1].isBlank()) {
                pairs.add(new Pair(f.getFileName().toString(), "Person", v[0], v[1], true, false));
            }
        }
    }

    private static double spearman(List<double[]> xy) {
        int n = xy.size();
        double[] rx = ranks(xy.stream().mapToDouble(p -> p[0]).toArray());
        double[] ry = ranks(xy.stream().mapToDouble(p -> p[1]).toArray());
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += rx[i] / n;
            my += ry[i] / n;
        }
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) idx[i] = i;
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) j++;
            for (int k = i; k <= j; k++) r[idx[k]] = (i + j) / 2.0;
            i = j + 1;
        }
        return r;
    }
}
