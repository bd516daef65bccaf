package io.blackbox.engine.lists;

import java.util.List;

/**
 * A list version refused because its import had errors (see the policy on {@link ListImporters}).
 * Not retryable: the same files give the same errors; the previous version stays in force.
 */
public final class ListRejectedException extends RuntimeException {
    /** How many errors the message lists; all of them are in {@link #errors()}. */
    private static final int LISTED = 10;

    private final transient List<ImportIssue> errors;

    public ListRejectedException(String source, List<ImportIssue> errors) {
        super(message(source, errors));
        this.errors = List.copyOf(errors);
    }

    /** Every error of the refused import. */
    public List<ImportIssue> errors() {
        return errors;
    }

    private static String message(String source, List<ImportIssue> errors) {
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("a rejected list of " + source + " needs at least one error");
        }
        StringBuilder sb = new StringBuilder("list ").append(source).append(" rejected, ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors").append(':');
        errors.stream().limit(LISTED).forEach(e -> sb.append("\n  ").append(e));
        if (errors.size() > LISTED) {
            sb.append("\n  ... and ").append(errors.size() - LISTED).append(" more");
        }
        return sb.toString();
    }
}
