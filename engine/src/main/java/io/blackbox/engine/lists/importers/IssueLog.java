package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.ImportIssue;
import io.blackbox.engine.lists.ImportIssue.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the issues of one import. Repeated identical reasons are capped per file so that a file
 * with a systematic fault produces a readable report instead of a million lines; the cap itself is
 * reported so nothing is hidden.
 */
public final class IssueLog {
    /** Beyond this many issues for one file, further ones are only counted. */
    static final int MAX_PER_FILE = 10_000;

    private final List<ImportIssue> issues = new ArrayList<>();
    private final java.util.Map<String, Integer> perFile = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> suppressed = new java.util.LinkedHashMap<>();

    public void warn(String file, String location, String field, String reason) {
        add(new ImportIssue(file, location, field, reason, Severity.WARNING));
    }

    public void error(String file, String location, String field, String reason) {
        add(new ImportIssue(file, location, field, reason, Severity.ERROR));
    }

    private void add(ImportIssue issue) {
        int n = perFile.merge(issue.file(), 1, Integer::sum);
        if (n > MAX_PER_FILE && issue.severity() == Severity.WARNING) {
            suppressed.merge(issue.file(), 1, Integer::sum);
            return;
        }
        issues.add(issue);
    }

    /** The issues, with one closing warning per file whose warnings were capped. */
    public List<ImportIssue> issues() {
        List<ImportIssue> out = new ArrayList<>(issues);
        suppressed.forEach((file, count) -> out.add(new ImportIssue(file, "file", null,
                count + " further warnings not listed", Severity.WARNING)));
        return out;
    }
}
