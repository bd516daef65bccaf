package io.blackbox.engine.cli;

import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Matcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * {@code score-pairs --input P.tsv --output O.tsv}: scores name pairs. P is tab-separated with a header
 * holding at least {@code name1} and {@code name2}, optionally {@code schema}; O repeats every input row
 * and column in order and adds {@code score} (0..1) and {@code match} ({@code true}/{@code false} at the
 * default threshold). Rows that cannot be scored keep their place with an empty score, match
 * {@code false} and, in a trailing {@code error} column present only then, the reason; they are also
 * listed on standard error.
 */
@Command(name = "score-pairs", mixinStandardHelpOptions = true,
        description = "Score name pairs from a TSV file (columns name1, name2, optional schema).")
public final class ScorePairsCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "P.tsv", description = "tab-separated pairs with a header")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "O.tsv", description = "where to write the scored rows")
    Path output;

    @Option(names = "--threshold", paramLabel = "T", description = "match threshold (default ${DEFAULT-VALUE})")
    double threshold = io.blackbox.engine.matching.Thresholds.DEFAULT.match();

    private final PrintStream err;

    public ScorePairsCommand() {
        this(System.err);
    }

    ScorePairsCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(input)) {
            err.println("score-pairs: input file " + input + " does not exist");
            return 2;
        }
        List<Delimited.Row> rows = Delimited.read(Files.readAllBytes(input), '\t', false);
        if (rows.isEmpty()) {
            err.println("score-pairs: " + input + " is empty; expected a header with name1 and name2");
            return 2;
        }
        Delimited.Row header = rows.getFirst();
        List<String> columns = header.fields().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        int name1 = columns.indexOf("name1");
        int name2 = columns.indexOf("name2");
        int schema = columns.indexOf("schema");
        if (header.error() != null || name1 < 0 || name2 < 0) {
            err.println("score-pairs: " + input + " line 1: the header must name the columns name1 and name2, tab-separated; found '"
                    + abbreviate(header.raw()) + "'" + (header.raw().contains(",") && columns.size() == 1
                    ? " (this looks comma-separated)" : ""));
            return 2;
        }
        Matcher matcher = threshold == io.blackbox.engine.matching.Thresholds.DEFAULT.match()
                ? new Matcher()
                : new Matcher(new io.blackbox.engine.matching.Thresholds(threshold,
                Math.min(threshold, io.blackbox.engine.matching.Thresholds.DEFAULT.review())));
        int n = rows.size() - 1;
        String[] scores = new String[n];
        String[] errors = new String[n];
        boolean[] matches = new boolean[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Delimited.Row row = rows.get(i + 1);
            try {
                MatchResult r = score(matcher, row, name1, name2, schema);
                scores[i] = String.format(Locale.ROOT, "%.4f", r.score());
                matches[i] = r.isMatch();
            } catch (IllegalArgumentException e) {
                errors[i] = "line " + row.line() + ": " + e.getMessage();
            }
        });
        List<String> problems = new ArrayList<>();
        for (String e : errors) {
            if (e != null) {
                problems.add(e);
            }
        }
        boolean errorColumn = !problems.isEmpty();
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write(header.raw() + "\tscore\tmatch" + (errorColumn ? "\terror" : ""));
            w.newLine();
            for (int i = 0; i < n; i++) {
                w.write(rows.get(i + 1).raw());
                w.write('\t');
                w.write(scores[i] == null ? "" : scores[i]);
                w.write('\t');
                w.write(matches[i] ? "true" : "false");
                if (errorColumn) {
                    w.write('\t');
                    w.write(errors[i] == null ? "" : Delimited.tsv(errors[i]));
                }
                w.newLine();
            }
        }
        for (String p : problems.subList(0, Math.min(problems.size(), 50))) {
            err.println("score-pairs: " + input + " " + p);
        }
        if (problems.size() > 50) {
            err.println("score-pairs: ... and " + (problems.size() - 50) + " more rows that could not be scored");
        }
        err.printf(Locale.ROOT, "score-pairs: scored %d of %d rows into %s%s%n", n - problems.size(), n, output,
                problems.isEmpty() ? "" : "; " + problems.size() + " rows could not be scored (see the error column)");
        return 0;
    }

    private static MatchResult score(Matcher matcher, Delimited.Row row, int name1, int name2, int schemaColumn) {
        if (row.error() != null) {
            throw new IllegalArgumentException(row.error());
        }
        List<String> f = row.fields();
        int needed = Math.max(name1, name2) + 1;
        if (f.size() < needed) {
            throw new IllegalArgumentException("has " + f.size() + " fields; name1 and name2 need at least " + needed);
        }
        Schema schema = null;
        if (schemaColumn >= 0 && schemaColumn < f.size() && !f.get(schemaColumn).isBlank()) {
            try {
                schema = Schema.parse(f.get(schemaColumn));
            } catch (IllegalArgumentException e) {
                // The schema only refines the score; an unknown one is ignored rather than losing the pair.
                schema = null;
            }
        }
        return matcher.scorePair(f.get(name1), f.get(name2), schema);
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
