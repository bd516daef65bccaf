package io.blackbox.lists;

import java.util.List;

import io.blackbox.engine.lists.ImportIssue;

/**
 * What importing one source's files did.
 *
 * @param status   {@link Status#PUBLISHED} a new version, {@link Status#UNCHANGED} the same content as the
 *                 current version, {@link Status#REJECTED} errors in the files, current version kept
 * @param version  the source's current version afterwards
 * @param issues   every problem met, errors and warnings
 */
public record ImportOutcome(String source, Status status, int version, int entities, int added, int removed,
                           int changed, List<ImportIssue> issues) {

    public enum Status { PUBLISHED, UNCHANGED, REJECTED }

    public ImportOutcome {
        issues = List.copyOf(issues);
    }

    public long errors() {
        return issues.stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR).count();
    }
}
