package io.blackbox.engine.cli;

import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.matching.MatchIndex;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Matcher;
import io.blackbox.engine.matching.Query;
import io.blackbox.engine.names.NameNormalizer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code screen --input Q.csv --output H.csv [--list L.csv ...] [--limit N]}: screens counterparties
 * against the bundled lists, or against custom-list CSVs. Q has the header {@code id,name} and optionally
 * {@code type,country,dob,address}; H has {@code query_id,rank,entity_id,name,score,match} with up to N
 * hits per query, best first. Rows that cannot be screened are listed in H in a trailing {@code error}
 * column (present only then) and on standard error; the rest are screened.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen counterparties (CSV: id,name[,type,country,dob,address]) against restricted-party lists.")
public final class ScreenCommand implements Callable<Integer> {
    private static final int PROGRESS_FROM = 2_000;

    @Option(names = "--input", required = true, paramLabel = "Q.csv", description = "counterparties to screen")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "H.csv", description = "where to write the hits")
    Path output;

    @Option(names = "--list", paramLabel = "L.csv", arity = "1..*",
            description = "custom-list CSV files (id,name[,aliases,type,country,dob,address]) to screen against instead of the bundled lists")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "hits per query (default ${DEFAULT-VALUE})")
    int limit = 5;

    @Option(names = "--min-score", paramLabel = "S", description = "leave out hits scoring below S (default ${DEFAULT-VALUE})")
    double minScore = 0.5;

    private final PrintStream err;

    public ScreenCommand() {
        this(System.err);
    }

    ScreenCommand(PrintStream err) {
        this.err = err;
    }

    /** A parsed query row, or the reason it could not be parsed. */
    private record Parsed(String id, int line, Query query, String error) {
    }

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            err.println("screen: --limit " + limit + " must be at least 1");
            return 2;
        }
        if (!Files.isRegularFile(input)) {
            err.println("screen: input file " + input + " does not exist");
            return 2;
        }
        for (Path l : lists) {
            if (!Files.isRegularFile(l)) {
                err.println("screen: list file " + l + " does not exist");
                return 2;
            }
        }
        // Compiling the transliteration rules takes seconds; it overlaps with reading the files.
        Thread.ofPlatform().daemon().name("screen-warm-up").start(() -> NameNormalizer.getDefault().warmUp());
        List<Delimited.Row> rows = Delimited.read(Files.readAllBytes(input), ',', true);
        if (rows.isEmpty()) {
            err.println("screen: " + input + " is empty; expected a header id,name");
            return 2;
        }
        Delimited.Row header = rows.getFirst();
        List<String> columns = header.fields().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        int id = columns.indexOf("id");
        int name = columns.indexOf("name");
        if (header.error() != null || id < 0 || name < 0) {
            err.println("screen: " + input + " line 1: the header must name the columns id and name, comma-separated; found '"
                    + ScorePairsCommand.abbreviate(header.raw()) + "'" + (header.raw().contains("\t") ? " (this looks tab-separated)" : ""));
            return 2;
        }
        long t0 = System.nanoTime();
        List<ListEntity> entities = lists.isEmpty() ? ListLoading.bundled(err) : ListLoading.custom(lists, err);
        if (entities.isEmpty()) {
            err.println("screen: no list entities to screen against");
            return 2;
        }
        boolean custom = !lists.isEmpty();
        List<MatchRecord> records = new ArrayList<>(entities.size());
        for (ListEntity e : entities) {
            MatchRecord r = MatchRecord.of(e);
            // A member's own list is referred to by its own ids; bundled lists by the global source:id.
            records.add(custom ? new MatchRecord(e.sourceId(), r.schema(), r.caption(), r.names(), r.countries(),
                    r.birthDates(), r.identifiers()) : r);
        }
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        List<Parsed> queries = new ArrayList<>(rows.size());
        Columns cols = new Columns(id, name, columns.indexOf("type"), columns.indexOf("country"), columns.indexOf("dob"));
        for (Delimited.Row row : rows.subList(1, rows.size())) {
            queries.add(parse(row, cols, warnings));
        }
        try (MatchIndex index = MatchIndex.build(records, new Matcher(), null)) {
            long t1 = System.nanoTime();
            err.printf(Locale.ROOT, "screen: indexed %d entities (%d names) in %.1f s%n", index.size(), index.nameCount(),
                    (t1 - t0) / 1e9);
            List<List<MatchResult>> hits = screen(index, queries);
            long t2 = System.nanoTime();
            write(queries, hits);
            for (String w : warnings.subList(0, Math.min(50, warnings.size()))) {
                err.println("screen: " + input + " " + w);
            }
            queries.stream().filter(p -> p.error != null).limit(50)
                    .forEach(p -> err.println("screen: " + input + " line " + p.line + ": " + p.error));
            long errors = queries.stream().filter(p -> p.error != null).count();
            err.printf(Locale.ROOT, "screen: screened %d queries in %.1f s (%.0f/s)%s; wrote %s%n", queries.size() - errors,
                    (t2 - t1) / 1e9, (queries.size() - errors) / Math.max(1e-9, (t2 - t1) / 1e9),
                    errors == 0 ? "" : "; " + errors + " rows could not be screened (see the error column)", output);
        }
        return 0;
    }

    private record Columns(int id, int name, int type, int country, int dob) {
    }

    private static Parsed parse(Delimited.Row row, Columns c, List<String> warnings) {
        List<String> f = row.fields();
        String id = get(f, c.id).strip();
        if (row.error() != null) {
            return new Parsed(id, row.line(), null, row.error());
        }
        if (f.size() <= Math.max(c.id, c.name)) {
            return new Parsed(id, row.line(), null, "has " + f.size() + " fields; id and name need " + (Math.max(c.id, c.name) + 1));
        }
        if (id.isEmpty()) {
            return new Parsed(id, row.line(), null, "field id: id is empty");
        }
        String name = get(f, c.name);
        Schema schema = null;
        if (!get(f, c.type).isBlank()) {
            try {
                schema = Schema.parse(get(f, c.type));
            } catch (IllegalArgumentException e) {
                warnings.add("line " + row.line() + " field type: " + e.getMessage() + "; screened without it");
            }
        }
        List<String> countries = new ArrayList<>();
        for (String v : get(f, c.country).split("[|;]")) {
            if (!v.isBlank()) {
                Optional<String> code = Countries.toCode(v);
                if (code.isPresent()) {
                    countries.add(code.get());
                } else {
                    warnings.add("line " + row.line() + " field country: unknown country '" + v + "'; screened without it");
                }
            }
        }
        List<PartialDate> dob = new ArrayList<>();
        if (!get(f, c.dob).isBlank()) {
            try {
                dob.add(PartialDate.parse(get(f, c.dob)));
            } catch (IllegalArgumentException e) {
                warnings.add("line " + row.line() + " field dob: " + e.getMessage() + "; screened without it");
            }
        }
        if (name.isBlank()) {
            return new Parsed(id, row.line(), null, "field name: name is empty");
        }
        // Any other name that cannot be normalised is reported by the search, which normalises it anyway.
        return new Parsed(id, row.line(), new Query(List.of(name), schema, countries, dob, List.of()), null);
    }

    private static String get(List<String> f, int i) {
        return i >= 0 && i < f.size() ? f.get(i) : "";
    }

    private List<List<MatchResult>> screen(MatchIndex index, List<Parsed> queries) {
        int n = queries.size();
        List<List<MatchResult>> hits = new ArrayList<>(Collections.nCopies(n, List.of()));
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ProgressBar progress = n >= PROGRESS_FROM ? new ProgressBarBuilder().setTaskName("screen").setInitialMax(n)
                .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(1000).build() : null;
        try {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(Thread.ofPlatform().name("screen-" + t).start(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < n) {
                        Parsed p = queries.get(i);
                        if (p.query != null) {
                            try {
                                hits.set(i, index.search(p.query, limit));
                            } catch (IllegalArgumentException e) {
                                // the only name is empty, punctuation, emoji or too long
                                queries.set(i, new Parsed(p.id, p.line, null, "field name: " + e.getMessage()));
                            } catch (RuntimeException e) {
                                failures.add("line " + p.line + ": " + e.getMessage());
                            }
                        }
                        if (progress != null) {
                            progress.step();
                        }
                    }
                }));
            }
            for (Thread w : workers) {
                w.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("screening interrupted", e);
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
        failures.forEach(f -> err.println("screen: " + f));
        return hits;
    }

    private void write(List<Parsed> queries, List<List<MatchResult>> hits) throws IOException {
        int errors = (int) queries.stream().filter(p -> p.error != null).count();
        boolean errorColumn = errors > 0;
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write("query_id,rank,entity_id,name,score,match" + (errorColumn ? ",error" : ""));
            w.newLine();
            for (int i = 0; i < queries.size(); i++) {
                Parsed p = queries.get(i);
                if (p.error != null) {
                    w.write(Delimited.csv(p.id) + ",,,,,false," + Delimited.csv("line " + p.line + ": " + p.error));
                    w.newLine();
                    continue;
                }
                int rank = 0;
                for (MatchResult r : hits.get(i)) {
                    if (r.score() < minScore) {
                        break;
                    }
                    rank++;
                    w.write(Delimited.csv(p.id) + "," + rank + "," + Delimited.csv(r.entityId()) + "," + Delimited.csv(r.caption())
                            + "," + String.format(Locale.ROOT, "%.4f", r.score()) + "," + r.isMatch() + (errorColumn ? "," : ""));
                    w.newLine();
                }
            }
        }
    }
}
