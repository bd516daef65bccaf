package io.blackbox.engine.cli;

import io.blackbox.engine.lists.BundledLists;
import io.blackbox.engine.lists.ImportIssue;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListImporters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads what {@code screen} screens against: the bundled lists, or custom-list CSV files. */
final class ListLoading {
    private static final int MAX_ISSUES_SHOWN = 20;

    private ListLoading() {
    }

    static List<ListEntity> bundled(PrintStream err) {
        return collect(BundledLists.load(), err);
    }

    /** Custom-list CSVs through the importers' {@code custom-csv} reader (entity ids are the files' ids). */
    static List<ListEntity> custom(List<Path> files, PrintStream err) {
        return collect(ListImporters.read(ListFormat.CUSTOM_CSV, files), err);
    }

    private static List<ListEntity> collect(List<ImportResult> results, PrintStream err) {
        List<ListEntity> entities = new ArrayList<>();
        int shown = 0;
        int issues = 0;
        for (ImportResult r : results) {
            entities.addAll(r.entities());
            for (ImportIssue i : r.issues()) {
                issues++;
                if (i.severity() == ImportIssue.Severity.ERROR && shown++ < MAX_ISSUES_SHOWN) {
                    err.println("screen: list " + i);
                }
            }
        }
        if (issues > shown) {
            err.println("screen: " + issues + " list import issues in all (" + Math.min(shown, MAX_ISSUES_SHOWN) + " errors shown)");
        }
        return entities;
    }
}
