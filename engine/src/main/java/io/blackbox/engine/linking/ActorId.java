package io.blackbox.engine.linking;

/**
 * The stable id of an actor: kept across re-runs and added data while the actor is the same; after a
 * merge the absorbed id lives on as an alias (see {@link AliasMap}).
 *
 * @param value "A" followed by a decimal sequence number, e.g. {@code A42}
 */
public record ActorId(String value) implements Comparable<ActorId> {

    public ActorId {
        if (value == null || !value.matches("A[0-9]+")) {
            throw new IllegalArgumentException("actor id '" + value + "' is not 'A' followed by digits");
        }
    }

    public static ActorId of(long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("actor sequence " + sequence + " is negative");
        }
        return new ActorId("A" + sequence);
    }

    public long sequence() {
        return Long.parseLong(value.substring(1));
    }

    /** Older ids (smaller sequence) first. */
    @Override
    public int compareTo(ActorId o) {
        return Long.compare(sequence(), o.sequence());
    }

    @Override
    public String toString() {
        return value;
    }
}
