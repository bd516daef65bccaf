package io.blackbox.directory;

import java.util.List;

/**
 * An actor's risk with its reasons: a score from 0 to 100, its band, and every factor's contribution
 * in points (they add up to the score).
 *
 * @param band low (below 25), review (25 to 59) or high (60 and more)
 */
public record RiskScore(int score, String band, List<Factor> factors) {

    public static final int REVIEW = 25;
    public static final int HIGH = 60;

    /** One reason: its name, points added (or taken, when negative), and a sentence. */
    public record Factor(String factor, double points, String detail) {
    }

    public static String bandOf(int score) {
        return score >= HIGH ? "high" : score >= REVIEW ? "review" : "low";
    }
}
