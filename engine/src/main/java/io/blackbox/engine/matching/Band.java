package io.blackbox.engine.matching;

/** What a score means for the analyst. */
public enum Band {
    /** At or above the match threshold: treat as a hit. */
    MATCH,
    /** Between the review and match thresholds: a person should look. */
    REVIEW,
    /** Below the review threshold. */
    NO_MATCH
}
