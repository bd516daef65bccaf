package io.blackbox.engine.cli;

import io.blackbox.engine.linking.Csv;
import io.blackbox.engine.linking.HubList;
import io.blackbox.engine.linking.LinkIssue;
import io.blackbox.engine.linking.LinkOptions;
import io.blackbox.engine.linking.LinkRecord;
import io.blackbox.engine.linking.LinkResult;
import io.blackbox.engine.linking.Linker;
import io.blackbox.engine.linking.ManualDecision;
import io.blackbox.engine.linking.LinkState;
import io.blackbox.engine.linking.TokenJaroWinkler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code blackbox link --input R.csv --output C.csv}: links the rows of a CSV into actors. Input header
 * {@code id,name} and optionally {@code address,country,email,phone,website,identifier,dob}; output
 * {@code id,cluster}, one row per input row in input order, rows of one actor sharing a cluster.
 * Problems are reported on standard error naming the row and id; only unreadable input fails the run.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Links reports that come from the same actor; writes id,cluster.")
public final class LinkCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("id", "name", "address", "country", "email", "phone", "website",
            "identifier", "dob");
    private static final int MAX_PRINTED_ISSUES = 50;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, description = "CSV with header id,name[,address,country,email,phone,website,identifier,dob]")
    private Path input;

    @Option(names = "--output", required = true, description = "CSV written with header id,cluster")
    private Path output;

    @Option(names = "--hubs", description = "operator hub list: lines 'phone: +971...', 'address: ...', 'domain: ...'")
    private Path hubs;

    @Option(names = "--threshold", description = "match probability needed to link (default ${DEFAULT-VALUE})")
    private double threshold = LinkOptions.defaults().threshold();

    @Option(names = "--max-cluster-size", description = "refuse and report joins that would make an actor larger (default ${DEFAULT-VALUE})")
    private int maxClusterSize = LinkOptions.defaults().maxClusterSize();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(input)) {
            err.println("error: cannot read input file " + input);
            return 2;
        }
        HubList hubList = HubList.empty();
        if (hubs != null) {
            try {
                hubList = HubList.read(hubs);
            } catch (IllegalArgumentException e) {
                err.println("error: " + hubs + ": " + e.getMessage());
                return 2;
            }
        }
        LinkOptions options;
        try {
            options = LinkOptions.defaults().withThreshold(threshold).withMaxClusterSize(maxClusterSize);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        Rows rows;
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            rows = read(in, err);
        }
        if (rows == null) {
            return 2;
        }
        Linker linker = new Linker(options, Linker.defaultNormaliser(), new TokenJaroWinkler(), hubList);
        LinkResult result = linker.link(rows.records, rows.decisions, LinkState.empty());
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            Csv.writeRecord(out, "id", "cluster");
            for (int i = 0; i < rows.records.size(); i++) {
                Csv.writeRecord(out, rows.originalIds.get(i), result.actorOf(rows.records.get(i).id()).value());
            }
        }
        report(result, rows, err);
        return 0;
    }

    private static final class Rows {
        final List<LinkRecord> records = new ArrayList<>();
        final List<String> originalIds = new ArrayList<>();
        final List<ManualDecision> decisions = new ArrayList<>();
        int warnings;
    }

    /** Reads the CSV; returns null (after printing why) when the header is unusable. */
    private static Rows read(BufferedReader in, PrintWriter err) throws IOException {
        List<String> header = Csv.readRecord(in);
        if (header == null) {
            err.println("error: input is empty; expected a header 'id,name,...'");
            return null;
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(h)) {
                if (column.putIfAbsent(h, i) != null) {
                    err.println("error: column '" + h + "' appears twice in the header");
                    return null;
                }
            } else if (!h.isEmpty()) {
                err.println("warning: column '" + header.get(i) + "' is not used (known: " + String.join(",", COLUMNS) + ")");
            }
        }
        if (!column.containsKey("id") || !column.containsKey("name")) {
            err.println("error: header must contain 'id' and 'name' (found: " + String.join(",", header) + ")");
            return null;
        }
        Rows rows = new Rows();
        Map<String, Integer> firstRowOf = new HashMap<>();
        int line = 1;
        for (List<String> f; (f = Csv.readRecord(in)) != null; ) {
            line++;
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            int row = rows.records.size() + 1;
            if (f.size() != header.size()) {
                warn(rows, err, "row " + row + " (line " + line + ") has " + f.size() + " fields, the header "
                        + header.size() + "; missing fields are empty, extra ones ignored");
            }
            String id = get(f, column, "id");
            String original = id == null ? "" : id;
            if (id == null || id.isBlank()) {
                id = "\u0000row-" + row;
                warn(rows, err, "row " + row + " (line " + line + ") has no id; linked under a placeholder, output with an empty id");
            }
            Integer first = firstRowOf.putIfAbsent(id, row);
            if (first != null) {
                String internal = id + "\u0000" + row;
                warn(rows, err, "duplicate id '" + id + "' in rows " + first + " and " + row
                        + "; both rows are linked into the same actor");
                rows.decisions.add(ManualDecision.merge(id, internal, "link-cli", Instant.EPOCH, "same id in input"));
                id = internal;
            }
            rows.records.add(new LinkRecord(id, get(f, column, "name"), get(f, column, "address"),
                    get(f, column, "country"), get(f, column, "email"), get(f, column, "phone"),
                    get(f, column, "website"), get(f, column, "identifier"), get(f, column, "dob")));
            rows.originalIds.add(original);
        }
        return rows;
    }

    private static String get(List<String> fields, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null || i >= fields.size()) {
            return null;
        }
        String v = fields.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static void warn(Rows rows, PrintWriter err, String message) {
        if (rows.warnings++ < MAX_PRINTED_ISSUES) {
            err.println("warning: " + message);
        }
    }

    private static void report(LinkResult result, Rows rows, PrintWriter err) {
        int printed = Math.min(rows.warnings, MAX_PRINTED_ISSUES);
        for (LinkIssue issue : result.issues()) {
            if (printed++ < MAX_PRINTED_ISSUES) {
                err.println(issue.severity().name().toLowerCase(Locale.ROOT) + ": "
                        + (issue.recordId() == null ? "" : "record '" + display(issue.recordId()) + "': ") + issue.message());
            }
        }
        int total = rows.warnings + result.issues().size();
        if (total > MAX_PRINTED_ISSUES) {
            err.println("... " + (total - MAX_PRINTED_ISSUES) + " more issues not shown");
        }
        LinkResult.Stats s = result.stats();
        long actors = result.state().actors().values().stream().distinct().count();
        err.printf(Locale.ROOT, "linked %d records into %d actors (%d candidate pairs, %d links, %d hubs)%n",
                s.records(), actors, s.candidatePairs(), s.matchedPairs(), result.hubs().size());
        err.flush();
    }

    private static String display(String internalId) {
        int nul = internalId.indexOf('\u0000');
        return nul < 0 ? internalId : nul == 0 ? "" : internalId.substring(0, nul);
    }
}
