package io.blackbox;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The public data sets in ../shared/data; tests that need them skip, with a message, where they are absent. */
public final class SharedData {

    private SharedData() {
    }

    public static Path path(String first, String... more) {
        String configured = System.getProperty("blackbox.shared.data");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "data");
        if (!Files.isDirectory(root)) {
            root = Path.of("..", "shared", "data");
        }
        Path p = root.resolve(first);
        for (String m : more) {
            p = p.resolve(m);
        }
        Assumptions.assumeTrue(Files.exists(p), "shared data " + p + " is absent (it sits beside the project in CI); skipping");
        return p;
    }
}
