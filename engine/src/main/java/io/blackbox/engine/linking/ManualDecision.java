package io.blackbox.engine.linking;

import java.time.Instant;
import java.util.Set;

/**
 * An operator's decision that overrides the model and survives re-runs. SAME_ACTOR puts all records of
 * both sides into one actor (a merge); DIFFERENT_ACTOR keeps every record of one side apart from every
 * record of the other (a split). When decisions conflict, the later one wins.
 *
 * @param kind      merge or split
 * @param left      record ids on one side, not empty
 * @param right     record ids on the other side, not empty, disjoint from left
 * @param operator  who decided
 * @param decidedAt when
 * @param reason    why, for the audit trail
 */
public record ManualDecision(Kind kind, Set<String> left, Set<String> right, String operator, Instant decidedAt,
                             String reason) {

    /** What the operator decided. */
    public enum Kind { SAME_ACTOR, DIFFERENT_ACTOR }

    public ManualDecision {
        if (kind == null || decidedAt == null) {
            throw new IllegalArgumentException("a manual decision needs a kind and a time");
        }
        if (left == null || left.isEmpty() || right == null || right.isEmpty()) {
            throw new IllegalArgumentException(kind + " decision by " + operator + " needs records on both sides");
        }
        left = Set.copyOf(left);
        right = Set.copyOf(right);
        for (String id : left) {
            if (right.contains(id)) {
                throw new IllegalArgumentException("record " + id + " is on both sides of a " + kind + " decision");
            }
        }
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException(kind + " decision on " + left + " needs an operator");
        }
    }

    public static ManualDecision merge(String a, String b, String operator, Instant at, String reason) {
        return new ManualDecision(Kind.SAME_ACTOR, Set.of(a), Set.of(b), operator, at, reason);
    }

    public static ManualDecision split(Set<String> a, Set<String> b, String operator, Instant at, String reason) {
        return new ManualDecision(Kind.DIFFERENT_ACTOR, a, b, operator, at, reason);
    }
}
