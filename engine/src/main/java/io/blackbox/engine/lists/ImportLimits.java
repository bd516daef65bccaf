package io.blackbox.engine.lists;

/**
 * Bounds that keep a hostile or broken input from exhausting memory.
 *
 * @param maxDecompressedBytes the most bytes one gzip-compressed input may expand to (default 512 MiB;
 *                             the largest real list, the full OFAC SDN set, is about 7 MiB)
 * @param maxFieldChars        the longest single CSV field or XML text accepted (default 1 MiB; the
 *                             longest real OFAC remark is a few KiB)
 * @param maxInputBytes        the largest input read from disk (default 1 GiB)
 */
public record ImportLimits(long maxDecompressedBytes, int maxFieldChars, long maxInputBytes) {
    public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 512L * 1024 * 1024;
    public static final int DEFAULT_MAX_FIELD_CHARS = 1024 * 1024;
    public static final long DEFAULT_MAX_INPUT_BYTES = 1024L * 1024 * 1024;

    public ImportLimits {
        if (maxDecompressedBytes <= 0) {
            throw new IllegalArgumentException("maxDecompressedBytes " + maxDecompressedBytes + " must be positive");
        }
        if (maxFieldChars <= 0) {
            throw new IllegalArgumentException("maxFieldChars " + maxFieldChars + " must be positive");
        }
        if (maxInputBytes <= 0) {
            throw new IllegalArgumentException("maxInputBytes " + maxInputBytes + " must be positive");
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_FIELD_CHARS, DEFAULT_MAX_INPUT_BYTES);
    }
}
