package io.blackbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.blackbox.engine.lists.ImportIssue;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListImporters;
import io.blackbox.lists.ImportOutcome;
import io.blackbox.lists.ListImports;
import io.blackbox.lists.ListSource;
import io.blackbox.lists.Lists;
import io.blackbox.platform.Callers;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lists", mixinStandardHelpOptions = true, description = "Import restricted-party lists and show their state.",
        subcommands = {ListsCommand.Import.class, ListsCommand.Status.class})
final class ListsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import files of one format as the next version of their lists. Files with errors are "
                    + "rejected whole and the current version stays (exit 1), unless --accept-partial.")
    static final class Import implements Callable<Integer> {

        @Option(names = "--format", required = true, paramLabel = "FORMAT",
                description = "One of: ofac-sdn, ofac-cons, un-xml, csl-csv, csl-json, bis-dpl, eu-annex, dod-1260h, "
                        + "bis-mieu, custom-csv, ftm-json.")
        String format;

        @Option(names = "--source", paramLabel = "KEY",
                description = "The list key for formats that carry none (custom-csv); default 'custom'.")
        String source;

        @Option(names = "--accept-partial", description = "Publish the valid rows of files that have row errors.")
        boolean acceptPartial;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files (the OFAC sets need all their files).")
        List<Path> files;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            ListFormat f = ListFormat.fromKey(format);
            for (Path p : files) {
                if (!Files.isRegularFile(p)) {
                    System.err.println("lists import: no such file: " + p);
                    return 2;
                }
            }
            database.extra.put("app.lists.accept-partial", Boolean.toString(acceptPartial));
            try (var context = OfflineContext.start(database)) {
                ListImports imports = context.getBean(ListImports.class);
                List<ImportResult> results;
                try (ProgressBar bar = bar("Reading", files.size())) {
                    results = new ArrayList<>(ListImporters.read(f, files, io.blackbox.engine.lists.ImportLimits.defaults(), source));
                    bar.stepTo(files.size());
                }
                List<ImportOutcome> outcomes = new ArrayList<>();
                try (ProgressBar bar = bar("Publishing", results.size())) {
                    for (ImportResult r : results) {
                        outcomes.addAll(Callers.runAsSystem("cli", () -> imports.publish(List.of(r), f,
                                "file:" + files.stream().map(p -> p.getFileName().toString()).toList(), Instant.now(), null)));
                        bar.step();
                    }
                }
                boolean rejected = false;
                for (ImportOutcome o : outcomes) {
                    System.out.printf("%-16s %-9s version %d: %d entities, +%d -%d ~%d, %d errors, %d warnings%n",
                            o.source(), o.status(), o.version(), o.entities(), o.added(), o.removed(), o.changed(),
                            o.errors(), o.issues().size() - o.errors());
                    o.issues().stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR).limit(20)
                            .forEach(i -> System.out.println("  " + i));
                    rejected |= o.status() == ImportOutcome.Status.REJECTED;
                }
                return rejected ? 1 : 0;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Every list with its current version, size and last refresh.")
    static final class Status implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (var context = OfflineContext.start(database)) {
                Lists lists = context.getBean(Lists.class);
                List<ListSource> sources = Callers.runAsSystem("cli", lists::sources);
                System.out.printf("%-16s %8s %9s  %-20s %s%n", "list", "version", "entities", "last refresh", "last error");
                for (ListSource s : sources) {
                    System.out.printf("%-16s %8d %9d  %-20s %s%n", s.key(), s.currentVersion(), s.entityCount(),
                            s.lastRefreshAt() == null ? "-" : s.lastRefreshAt().toString().substring(0, 19),
                            s.lastError() == null ? "" : s.lastError());
                }
                return 0;
            }
        }
    }

    static ProgressBar bar(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }
}
