package io.blackbox.engine.linking;

/**
 * A value shared by unrelated actors (a forwarder's phone, a free-zone agent's address, a webmail
 * domain): it connects actors in the network view but is no evidence that they are one actor.
 *
 * @param kind      what kind of value
 * @param value     the normalised value
 * @param records   how many records of the run hold it
 * @param detected  true when the linker found it in the data, false when it came from the operator list
 */
public record Hub(HubKind kind, String value, int records, boolean detected) {

    public Hub {
        if (kind == null || value == null || value.isBlank()) {
            throw new IllegalArgumentException("a hub needs a kind and a value (got " + kind + " '" + value + "')");
        }
    }
}
