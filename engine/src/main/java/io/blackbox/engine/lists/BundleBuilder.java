package io.blackbox.engine.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One-off command that refreshes the bundled default lists from the shared data folder:
 * gzip of each original file, each folder's SOURCE.txt beside them as {@code SOURCE-<folder>.txt}, and
 * the manifest {@link BundledLists} reads. It imports every group first and writes nothing when any
 * import has an ERROR, so a broken download never becomes the default.
 *
 * <p>Run from the project root:
 * <pre>
 * java -cp engine/target/classes:$(deps) io.blackbox.engine.lists.BundleBuilder [lists-dir] [output-dir]
 * </pre>
 * defaults {@code ../shared/data/lists} and {@code engine/src/main/resources/io/blackbox/engine/lists/bundled}.
 * Output is deterministic (gzip without timestamps), so an unchanged input gives unchanged files.
 */
public final class BundleBuilder {
    /** What the bundle holds: group, shared-data folder, format, source key(s), file names (null: all *.csv). */
    record Group(String name, String folder, ListFormat format, String source, List<String> files) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("ofac-sdn", "ofac-sdn-2024-07", ListFormat.OFAC_SDN, "us-ofac-sdn",
                    List.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")),
            new Group("ofac-cons", "ofac-non-sdn-2025-12", ListFormat.OFAC_CONS, "us-ofac-cons",
                    List.of("cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv")),
            new Group("un-sc", "un-sc-2026-02-27", ListFormat.UN_XML, "un-sc", List.of("consolidated.xml")),
            new Group("us-csl", "us-csl-2026-07-31", ListFormat.CSL_JSON, "us-csl-*", List.of("screening-list.json")),
            new Group("bis-dpl", "bis-dpl-2022-09", ListFormat.BIS_DPL, "us-bis-dpl", List.of("dpl.txt")),
            new Group("eu-annexes", "eu-annexes-2026-08", ListFormat.EU_ANNEX, "eu-annexes", null),
            new Group("dod-1260h", "us-mieu-dod1260h", ListFormat.DOD_1260H, "us-dod-1260h",
                    List.of("dod_chinese_milcorps_sanctions.csv")),
            new Group("bis-mieu", "us-mieu-dod1260h", ListFormat.BIS_MIEU, "us-bis-mieu", List.of("bis_mieu_mieu.csv")));

    private BundleBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path lists = Path.of(args.length > 0 ? args[0] : "../shared/data/lists");
        Path out = Path.of(args.length > 1 ? args[1] : "engine/src/main/resources/io/blackbox/engine/lists/bundled");
        if (!Files.isDirectory(lists)) {
            throw new IllegalArgumentException("lists folder " + lists.toAbsolutePath() + " does not exist");
        }
        StringBuilder manifest = new StringBuilder("# Bundled default lists, written by io.blackbox.engine.lists.BundleBuilder\n"
                + "# group\tfile\tformat\tsource\tsha256 of the original file\tbytes of the original file\n");
        List<Runnable> writes = new ArrayList<>();
        long total = 0;
        for (Group g : GROUPS) {
            Path dir = lists.resolve(g.folder());
            List<Path> files = g.files() == null ? csvFiles(dir) : g.files().stream().map(dir::resolve).toList();
            long t0 = System.nanoTime();
            List<ImportResult> results = ListImporters.read(g.format(), files);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            for (ImportResult r : results) {
                System.out.printf("%-14s %-16s %6d entities %5d issues%s (%d ms)%n", g.name(), r.source(),
                        r.entities().size(), r.issues().size(), r.hasErrors() ? " WITH ERRORS" : "", ms);
                if (r.hasErrors()) {
                    r.issues().stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR).limit(10)
                            .forEach(i -> System.out.println("  " + i));
                    throw new IllegalStateException("group " + g.name() + " has import errors; bundle not written");
                }
            }
            for (Path f : files) {
                byte[] raw = Files.readAllBytes(f);
                byte[] gz = gzip(raw);
                String name = g.folder() + "/" + f.getFileName() + ".gz";
                manifest.append(g.name()).append('\t').append(name).append('\t').append(g.format().key()).append('\t')
                        .append(g.source()).append('\t').append(ContentChecksum.sha256(raw)).append('\t')
                        .append(raw.length).append('\n');
                total += gz.length;
                writes.add(() -> write(out.resolve(name), gz));
            }
            Path source = dir.resolve("SOURCE.txt");
            if (Files.exists(source)) {
                byte[] text = Files.readAllBytes(source);
                total += text.length;
                writes.add(() -> write(out.resolve("SOURCE-" + g.folder() + ".txt"), text));
            }
        }
        writes.forEach(Runnable::run);
        write(out.resolve(BundledLists.MANIFEST), manifest.toString().getBytes(StandardCharsets.UTF_8));
        System.out.printf("bundle written to %s: %.1f MiB%n", out, total / 1024.0 / 1024.0);
    }

    private static List<Path> csvFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(raw.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bos, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    private static void write(Path p, byte[] bytes) {
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }
}
