package io.blackbox.engine.matching;

import java.util.Locale;

/**
 * One feature that moved the score away from the name similarity.
 *
 * @param feature a stable key: legal-form, number, schema, country, birth-date, identifier, single-token,
 *                left-over-syllables, surname-left-over, sounds-alike-only, weak-alias
 * @param delta   what it added to (positive) or took from (negative) the score
 * @param detail  what was compared, for a person to read
 */
public record FeatureContribution(String feature, double delta, String detail) {
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %+.2f (%s)", feature, delta, detail);
    }
}
