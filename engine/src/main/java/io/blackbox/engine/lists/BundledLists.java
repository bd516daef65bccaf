package io.blackbox.engine.lists;

import io.blackbox.engine.lists.importers.TextDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default restricted-party lists shipped inside the engine jar, so that a fresh clone screens
 * offline. {@link BundleBuilder} writes them (gzip of the original files, their SOURCE attribution and a
 * manifest) under {@value #RESOURCE_DIR}.
 *
 * <p>The manifest ({@value #MANIFEST}) is tab-separated, one line per file, lines starting with
 * {@code #} are comments: {@code group, file, format, source, sha256, bytes}. Files of one group are
 * imported together (the four OFAC files, the 45 EU annexes); sha256 and bytes describe the original,
 * uncompressed file and are checked on load.
 */
public final class BundledLists {
    /** The classpath folder of the bundle. */
    public static final String RESOURCE_DIR = "/io/blackbox/engine/lists/bundled/";
    /** The manifest's name inside {@link #RESOURCE_DIR}. */
    public static final String MANIFEST = "manifest.tsv";

    private static volatile SoftReference<List<ImportResult>> cache = new SoftReference<>(null);

    private BundledLists() {
    }

    /** One line of the manifest. */
    public record Entry(String group, String file, ListFormat format, String source, String sha256, long bytes) {
        public Entry {
            if (group == null || group.isBlank() || file == null || file.isBlank()) {
                throw new IllegalArgumentException("manifest entry needs a group and a file: " + group + " " + file);
            }
            java.util.Objects.requireNonNull(format, "format of " + file);
            if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("manifest sha256 '" + sha256 + "' of " + file + " is not a SHA-256");
            }
            if (bytes < 0) {
                throw new IllegalArgumentException("manifest size " + bytes + " of " + file + " is negative");
            }
        }
    }

    /**
     * The bundled lists, read once and then shared while memory allows: the results are deeply
     * immutable, and reading costs about a second of CPU, which a server start-up, the CLI and every test
     * would otherwise pay again. Under memory pressure the copy is dropped and the next call reads anew.
     *
     * @return one result per source (the CSL JSON gives twelve), in manifest order
     * @throws IllegalStateException when the bundle is missing from the classpath
     */
    public static List<ImportResult> load() {
        List<ImportResult> cached = cache.get();
        if (cached != null) {
            return cached;
        }
        synchronized (BundledLists.class) {
            cached = cache.get();
            if (cached == null) {
                cached = loadFresh();
                cache = new SoftReference<>(cached);
            }
            return cached;
        }
    }

    /**
     * Reads every bundled list from the classpath now, without the shared copy (for benchmarks and for
     * callers that must not keep the lists in memory).
     *
     * @return one result per source (the CSL JSON gives twelve), in manifest order
     * @throws IllegalStateException when the bundle is missing from the classpath
     */
    public static List<ImportResult> loadFresh() {
        List<ImportResult> out = new ArrayList<>();
        for (List<Entry> group : groups().values()) {
            out.addAll(load(group));
        }
        return List.copyOf(out);
    }

    /**
     * Reads one import group of the bundle (the files that are imported together, all of one format).
     *
     * @return one result per source in the group
     */
    public static List<ImportResult> load(List<Entry> group) {
        if (group == null || group.isEmpty()) {
            throw new IllegalArgumentException("an import group needs at least one manifest entry");
        }
        ImportLimits limits = ImportLimits.defaults();
        List<ListInput> inputs = new ArrayList<>();
        List<ImportIssue> checksumIssues = new ArrayList<>();
        for (Entry e : group) {
            byte[] gz = resource(e.file());
            byte[] raw = TextDecoder.gunzip(gz, limits.maxDecompressedBytes());
            String actual = ContentChecksum.sha256(raw);
            if (!actual.equals(e.sha256())) {
                checksumIssues.add(new ImportIssue(e.file(), "file", null, "checksum " + actual
                        + " differs from the manifest's " + e.sha256() + "; the bundle is damaged",
                        ImportIssue.Severity.ERROR));
            }
            inputs.add(new ListInput(originalName(e.file()), raw));
        }
        List<ImportResult> out = new ArrayList<>();
        for (ImportResult r : ListImporters.readInputs(group.getFirst().format(), inputs, limits)) {
            if (checksumIssues.isEmpty()) {
                out.add(r);
            } else {
                List<ImportIssue> issues = new ArrayList<>(r.issues());
                issues.addAll(checksumIssues);
                out.add(new ImportResult(r.source(), r.entities(), issues));
            }
        }
        return List.copyOf(out);
    }

    /** The manifest's entries grouped by import group, in file order. */
    public static Map<String, List<Entry>> groups() {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : manifest()) {
            groups.computeIfAbsent(e.group(), k -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    /** The manifest's entries. */
    public static List<Entry> manifest() {
        String text = new String(resource(MANIFEST), StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalStateException("bundled manifest line " + lineNo + " has " + f.length
                        + " fields, expected 6");
            }
            entries.add(new Entry(f[0], f[1], ListFormat.fromKey(f[2]), f[3], f[4], Long.parseLong(f[5].strip())));
        }
        return entries;
    }

    private static String originalName(String file) {
        return file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file;
    }

    private static byte[] resource(String name) {
        try (InputStream in = BundledLists.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled list resource " + RESOURCE_DIR + name
                        + " is missing; run io.blackbox.engine.lists.BundleBuilder");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }
}
