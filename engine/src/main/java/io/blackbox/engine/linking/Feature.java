package io.blackbox.engine.linking;

import java.util.List;

/**
 * The comparison features of the linking model. Each compares one field of two records into a level;
 * level 0 always means "missing on one side" and carries no weight, level 1 is always exact agreement
 * (whose weight is term-frequency adjusted), higher levels are weaker agreement down to disagreement.
 */
public enum Feature {
    NAME("exact", "similar >= 0.94", "one within the other", "similar >= 0.85", "similar >= 0.70", "different"),
    ADDRESS("exact", "similar >= 0.90", "similar >= 0.75", "similar >= 0.50", "different"),
    COUNTRY("same", "different"),
    EMAIL("same address", "different"),
    PHONE("same number", "different"),
    DOMAIN("same domain", "different"),
    IDENTIFIER("same identifier", "different"),
    DOB("same date", "close", "different");

    private final List<String> levels;

    Feature(String... levels) {
        this.levels = List.of(levels);
    }

    /** Number of levels including level 0, "missing". */
    public int levelCount() {
        return levels.size() + 1;
    }

    /** A reader's label for a level. */
    public String label(int level) {
        return level == 0 ? "missing" : levels.get(level - 1);
    }

    static final Feature[] ALL = values();
}
