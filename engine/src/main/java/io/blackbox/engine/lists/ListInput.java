package io.blackbox.engine.lists;

import java.util.Objects;

/**
 * One input file of an import, held in memory: its name (used to tell the files of a set apart and
 * to name the file in issues) and its raw bytes, possibly gzip-compressed.
 *
 * <p>The importers work on bytes rather than paths so that bundled classpath resources, uploads and
 * files on disk share one code path.
 */
public record ListInput(String name, byte[] content) {
    public ListInput {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("input name is empty");
        }
        Objects.requireNonNull(content, "content of " + name);
    }

    /** The name without a trailing {@code .gz} and any directory part, lower-cased for role detection. */
    public String baseName() {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        if (n.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n;
    }
}
