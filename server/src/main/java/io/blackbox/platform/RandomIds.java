package io.blackbox.platform;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs for new rows, as unguessable as {@link UUID#randomUUID()} without its one
 * process-wide lock: that method draws from a single {@code NativePRNG} whose reads are serialised, and
 * under load screenings queued on it for tens of milliseconds (docs/BENCHMARKS.md, "A few request threads
 * per core"). Here each thread draws from one of several DRBG generators chosen by its id.
 */
public final class RandomIds {

    private static final int STRIPES = 16; // a power of two
    private static final SecureRandom[] GENERATORS = new SecureRandom[STRIPES];

    static {
        try {
            for (int i = 0; i < STRIPES; i++) {
                GENERATORS[i] = SecureRandom.getInstance("DRBG");
            }
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RandomIds() {
    }

    /** A new random UUID (version 4, IETF variant). */
    public static UUID next() {
        byte[] b = new byte[16];
        GENERATORS[(int) (Thread.currentThread().threadId() & (STRIPES - 1))].nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40); // version 4
        b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (b[i] & 0xff);
            lo = (lo << 8) | (b[i + 8] & 0xff);
        }
        return new UUID(hi, lo);
    }
}
