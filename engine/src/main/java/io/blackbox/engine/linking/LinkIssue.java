package io.blackbox.engine.linking;

/**
 * A problem found while linking, naming the record it concerns so an operator can find it.
 *
 * @param severity {@link Severity#ERROR} when the record could not be used as given, else a warning
 * @param recordId the record's id, or null for issues about the whole run
 * @param message  what is wrong and what was done about it
 */
public record LinkIssue(Severity severity, String recordId, String message) {

    /** How bad an issue is. */
    public enum Severity { WARNING, ERROR }

    public LinkIssue {
        if (severity == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("an issue needs a severity and a message (record " + recordId + ")");
        }
    }

    static LinkIssue warning(String recordId, String message) {
        return new LinkIssue(Severity.WARNING, recordId, message);
    }

    @Override
    public String toString() {
        return severity + (recordId == null ? "" : " [record " + recordId + "]") + ": " + message;
    }
}
