package io.blackbox.engine.lists;

/**
 * A problem found while importing a list file.
 *
 * @param file     the file's name
 * @param location row number (1-based), XML element path or JSON line, as text
 * @param field    the column or element concerned, or null for the whole row
 * @param reason   what is wrong, for a person to read
 * @param severity {@link Severity#ERROR} when a row or entity could not be taken, {@link Severity#WARNING}
 *                 when it was taken with a loss (an alias whose entity is missing, an unparsable date)
 */
public record ImportIssue(String file, String location, String field, String reason, Severity severity) {
    public enum Severity { WARNING, ERROR }

    @Override
    public String toString() {
        return severity + " " + file + " " + location + (field == null ? "" : " [" + field + "]") + ": " + reason;
    }
}
