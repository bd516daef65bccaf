package io.blackbox.engine.matching;

/**
 * Score thresholds that cut scores into bands. Calibrated on the labelled pairs in shared/data/peer-tests
 * (see docs/matching.md).
 *
 * @param match  scores at or above are {@link Band#MATCH}
 * @param review scores at or above, below {@code match}, are {@link Band#REVIEW}
 */
public record Thresholds(double match, double review) {

    /** The defaults: match at 0.80, review from 0.65. */
    public static final Thresholds DEFAULT = new Thresholds(0.80, 0.65);

    public Thresholds {
        if (!(match > 0 && match <= 1)) {
            throw new IllegalArgumentException("match threshold " + match + " is not in (0, 1]");
        }
        if (!(review > 0 && review <= match)) {
            throw new IllegalArgumentException("review threshold " + review + " is not in (0, match threshold " + match + "]");
        }
    }

    /** The band of a score. */
    public Band band(double score) {
        return score >= match ? Band.MATCH : score >= review ? Band.REVIEW : Band.NO_MATCH;
    }
}
