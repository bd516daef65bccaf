package io.blackbox.engine.lists;

import java.util.List;

/** What one import produced: the entities of one source, and every problem met on the way. */
public record ImportResult(String source, List<ListEntity> entities, List<ImportIssue> issues) {
    public ImportResult {
        entities = List.copyOf(entities);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == ImportIssue.Severity.ERROR);
    }

    /** The issues of severity ERROR, in the order met. */
    public List<ImportIssue> errors() {
        return issues.stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR).toList();
    }

    /** The issues of severity WARNING, in the order met. */
    public List<ImportIssue> warnings() {
        return issues.stream().filter(i -> i.severity() == ImportIssue.Severity.WARNING).toList();
    }
}
