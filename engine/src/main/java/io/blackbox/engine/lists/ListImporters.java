package io.blackbox.engine.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one entry point for reading list files.
 *
 * <h2>Bad-input policy</h2>
 * Every problem becomes an {@link ImportIssue} naming the file, the row (or XML element or JSON line)
 * and the reason; nothing is dropped silently.
 * <ul>
 *   <li>{@link ImportIssue.Severity#ERROR}: a row or entity could not be taken (truncated row, wrong
 *       column count, missing id or name, invalid UTF-8 in a UTF-8 format, an over-long field), or a whole
 *       file was refused (empty file, gzip bomb, XML with a DOCTYPE, unreadable JSON).
 *       {@link ImportResult#hasErrors()} is then true and <b>callers reject the whole version by
 *       default</b>, keeping the previous one, so that a list never shrinks by accident.</li>
 *   <li>{@link ImportIssue.Severity#WARNING}: the entity was taken with a loss or a repair (an alias
 *       whose entity is missing, an unknown country name, an unparsable date, a windows-1252 file,
 *       repaired mojibake). Warnings are kept with the version for review.</li>
 * </ul>
 *
 * <p>Thread-safe: every call works on its own state.
 */
public final class ListImporters {
    private ListImporters() {
    }

    /**
     * Reads the files of one list in the given format with the default {@link ImportLimits}.
     *
     * @return one result per source: one for most formats, twelve for the CSL JSON (one per list in it)
     * @throws UncheckedIOException when a file cannot be read from disk
     */
    public static List<ImportResult> read(ListFormat format, List<Path> files) {
        return read(format, files, ImportLimits.defaults());
    }

    /** As {@link #read(ListFormat, List)}, with explicit limits. */
    public static List<ImportResult> read(ListFormat format, List<Path> files, ImportLimits limits) {
        return read(format, files, limits, null);
    }

    /**
     * As {@link #read(ListFormat, List)}, with explicit limits and the source key for formats that carry
     * none (a member's {@link ListFormat#CUSTOM_CSV}, FtM lines without datasets); null means {@code custom}.
     */
    public static List<ImportResult> read(ListFormat format, List<Path> files, ImportLimits limits,
                                          String defaultSource) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(limits, "limits");
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("no files given for format " + format.key());
        }
        List<ListInput> inputs = new ArrayList<>();
        for (Path p : files) {
            try {
                long size = Files.size(p);
                if (size > limits.maxInputBytes()) {
                    throw new IllegalArgumentException("file " + p + " has " + size + " bytes, more than the limit of "
                            + limits.maxInputBytes());
                }
                inputs.add(new ListInput(p.getFileName().toString(), Files.readAllBytes(p)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read list file " + p, e);
            }
        }
        return readInputs(format, inputs, limits, defaultSource);
    }

    /**
     * Reads in-memory inputs (uploads, classpath resources). Inputs may be gzip-compressed.
     *
     * @param defaultSource the source key for formats that carry none ({@link ListFormat#CUSTOM_CSV}),
     *                      ignored by the others; when null a custom list is keyed {@code custom}
     */
    public static List<ImportResult> readInputs(ListFormat format, List<ListInput> inputs, ImportLimits limits,
                                                String defaultSource) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(limits, "limits");
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs given for format " + format.key());
        }
        if (defaultSource != null && !defaultSource.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("source '" + defaultSource
                    + "' must be lower-case letters, digits and dashes");
        }
        return io.blackbox.engine.lists.importers.Dispatcher.read(format, List.copyOf(inputs), limits,
                defaultSource == null ? "custom" : defaultSource);
    }

    /** As {@link #readInputs(ListFormat, List, ImportLimits, String)} without a default source. */
    public static List<ImportResult> readInputs(ListFormat format, List<ListInput> inputs, ImportLimits limits) {
        return readInputs(format, inputs, limits, null);
    }

    /**
     * Applies the default policy: returns the results when none has an ERROR, else throws for the first
     * result that has, so the caller keeps the previous version of that list.
     *
     * @throws ListRejectedException naming the source and listing its errors
     */
    public static List<ImportResult> requireNoErrors(List<ImportResult> results) {
        for (ImportResult r : results) {
            if (r.hasErrors()) {
                throw new ListRejectedException(r.source(), r.errors());
            }
        }
        return results;
    }
}
