package io.blackbox.engine.linking;

/**
 * One feature's contribution to a link decision.
 *
 * @param feature the feature
 * @param level   the level's label, e.g. "similar >= 0.94" or "missing"
 * @param detail  the shared value for an exact agreement, else null
 * @param weight  log2(m/u) in bits: positive is evidence for the same actor, negative against
 */
public record FeatureWeight(Feature feature, String level, String detail, double weight) {
}
