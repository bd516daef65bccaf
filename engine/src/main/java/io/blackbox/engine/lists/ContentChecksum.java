package io.blackbox.engine.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 checksums that identify a list version by its content, so that re-importing the same files
 * is recognised as "no change" whatever the file dates or names on disk.
 *
 * <p>For a set of files the checksum is the SHA-256 of the lines {@code <sha256 of file> <base name>\n}
 * in name order: it changes when any file's bytes change, when a file is added or removed, and not when
 * the order of the arguments does. A file's own checksum is over its bytes as given (compressed bytes
 * stay compressed: the caller decides which form it stores).
 */
public final class ContentChecksum {
    private ContentChecksum() {
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Lower-case hex SHA-256 of a file, streamed. */
    public static String sha256(Path file) {
        MessageDigest d = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The checksum of a set of files, independent of their order. */
    public static String ofFiles(List<Path> files) {
        List<String[]> entries = new ArrayList<>();
        for (Path p : files) {
            entries.add(new String[]{p.getFileName().toString(), sha256(p)});
        }
        return combine(entries);
    }

    /** The checksum of a set of in-memory inputs, independent of their order. */
    public static String ofInputs(List<ListInput> inputs) {
        List<String[]> entries = new ArrayList<>();
        for (ListInput in : inputs) {
            entries.add(new String[]{in.baseName(), sha256(in.content())});
        }
        return combine(entries);
    }

    private static String combine(List<String[]> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no files to checksum");
        }
        entries.sort(Comparator.comparing((String[] e) -> e[0]).thenComparing(e -> e[1]));
        StringBuilder sb = new StringBuilder();
        for (String[] e : entries) {
            sb.append(e[1]).append(' ').append(e[0]).append('\n');
        }
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
