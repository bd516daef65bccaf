package io.blackbox.engine.lists;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared real data (../shared/data) for tests, or skips the test with a message when absent:
 * the data is not part of the repository, so a clone elsewhere must still build.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The folder {@code lists/<name>} of the shared data; skips the calling test when it is missing. */
    public static Path lists(String name) {
        Path root = root();
        Path p = root.resolve("lists").resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(p), "shared data folder " + p + " is absent; test skipped");
        return p;
    }

    /** The named files in {@code lists/<folder>}. */
    public static List<Path> files(String folder, String... names) {
        Path dir = lists(folder);
        return Stream.of(names).map(dir::resolve).toList();
    }

    /** Every file of {@code lists/<folder>} with the given extension, in name order. */
    public static List<Path> filesWithExtension(String folder, String ext) {
        Path dir = lists(folder);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root() {
        String prop = System.getProperty("blackbox.shared.data");
        Path p = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../shared/data");
        if (!Files.isDirectory(p)) {
            // run from the engine folder, the project root is one level up
            Path alt = Path.of("../../shared/data");
            if (Files.isDirectory(alt)) {
                p = alt;
            }
        }
        Assumptions.assumeTrue(Files.isDirectory(p),
                "shared data not found at " + p.toAbsolutePath() + " (set -Dblackbox.shared.data); test skipped");
        return p;
    }
}
