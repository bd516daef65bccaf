package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ListInput;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns an input's bytes into text: bounded gunzip, BOM and DOS end-of-file (0x1A) removal, and
 * strict UTF-8 decoding with a declared fallback.
 *
 * <p>Why strict: a silently replaced byte would change a name and so what it matches. Legacy
 * US government files (OFAC, BIS) were historically windows-1252; for those formats a file that is not
 * valid UTF-8 is read as windows-1252 with a warning. For UTF-8 formats (XML, JSON, custom CSV) invalid
 * bytes are an ERROR naming the line and byte offset; the text is still decoded with U+FFFD so the rest
 * of the file is checked too.
 */
public final class TextDecoder {
    /** windows-1252, the superset of Latin-1 the legacy US files were written in. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Bytes of the input after gunzip when it starts with the gzip magic number. */
    public static byte[] bytes(ListInput input, ImportLimits limits) {
        byte[] b = input.content();
        if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            return gunzip(b, limits.maxDecompressedBytes());
        }
        return b;
    }

    /**
     * Decompresses at most {@code max} bytes.
     *
     * @throws InputRejectedException when the data would expand beyond {@code max} (a gzip bomb or a
     *                                file too large to import) or is not valid gzip
     */
    public static byte[] gunzip(byte[] gz, long max) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 64 * 1024)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(gz.length * 4, 1 << 24));
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > max) {
                    throw new InputRejectedException("file", "gzip data expands beyond the limit of " + max
                            + " bytes (compressed size " + gz.length + "); refused as a possible gzip bomb");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (ZipException e) {
            throw new InputRejectedException("file", "not valid gzip data: " + e.getMessage(), e);
        } catch (java.io.EOFException e) {
            throw new InputRejectedException("file", "gzip data is truncated", e);
        } catch (IOException e) {
            throw new InputRejectedException("file", "cannot decompress: " + e.getMessage(), e);
        }
    }

    /**
     * Decodes the input to text.
     *
     * @param fallback the charset to use when the bytes are not valid UTF-8 (with a warning), or null
     *                 when invalid UTF-8 is an error
     */
    public static String decode(ListInput input, ImportLimits limits, Charset fallback, IssueLog log) {
        byte[] b = bytes(input, limits);
        int start = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            start = 3;
        }
        int end = b.length;
        // MS-DOS end-of-file marker that OFAC still appends; also tolerate trailing NULs from bad copies.
        while (end > start && (b[end - 1] == 0x1A || b[end - 1] == 0)) {
            end--;
        }
        String file = input.baseName();
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(b, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(b, start, end);
            String where = "line " + lineOf(b, start, bad);
            if (fallback != null) {
                log.warn(file, where, null, "not valid UTF-8 (first bad byte at offset " + bad
                        + "); read the whole file as " + fallback.name());
                return new String(b, start, end - start, fallback);
            }
            log.error(file, where, null, "not valid UTF-8 (first bad byte 0x"
                    + Integer.toHexString(b[bad] & 0xff) + " at offset " + bad
                    + "); invalid bytes replaced by U+FFFD");
            CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try {
                CharBuffer cb = lenient.decode(ByteBuffer.wrap(b, start, end - start));
                return cb.toString();
            } catch (CharacterCodingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private static int firstInvalidUtf8(byte[] b, int start, int end) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, end - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var r = d.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return end - 1;
        }
    }

    private static int lineOf(byte[] b, int start, int offset) {
        int line = 1;
        for (int i = start; i < offset && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Repairs text that was UTF-8, wrongly read as Latin-1/windows-1252 and written again as UTF-8
     * ("MÃ¼ller" for "Müller"). Returns null when the text shows no such damage or the repair would
     * not produce valid UTF-8, so ordinary accented names are never touched.
     */
    public static String repairMojibake(String s) {
        if (s == null || !looksLikeMojibake(s)) {
            return null;
        }
        byte[] raw = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            byte[] one = String.valueOf(c).getBytes(WINDOWS_1252);
            if (c > 0xff && (one.length != 1 || one[0] == '?')) {
                return null;
            }
            raw[i] = c <= 0xff ? (byte) c : one[0];
        }
        try {
            String fixed = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
            return fixed.equals(s) ? null : fixed;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean looksLikeMojibake(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            // a UTF-8 lead byte (C2..F4) read as one char, followed by a continuation byte (80..BF) read as one
            if (a >= 0xC2 && a <= 0xF4 && (b >= 0x80 && b <= 0xBF || isCp1252Continuation(b))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCp1252Continuation(char c) {
        // windows-1252 maps bytes 80..9F to these characters; they show up when a continuation byte is 80..9F
        return "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(c) >= 0;
    }
}
