package io.blackbox.engine.linking;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The blocking keys of a record, as 64-bit hashes: every exact identifier (e-mail, phone, domain,
 * registration number, date, whole address), every name token, pairs of name tokens, the name without
 * spaces, long-token prefixes (typos near the end) and address tokens. Two records become a candidate
 * pair when they share a key whose block is small enough, so the cost grows with the number of records,
 * not its square; frequent tokens ("trading", "street") fall out by the block-size cap while rarer keys
 * and token pairs still bring true matches together.
 */
final class BlockingKeys {

    /** Set on the hash of a weak key (a word, a word pair, a prefix): such blocks get a smaller size cap. */
    static final long WEAK = Long.MIN_VALUE;

    private BlockingKeys() {
    }

    static boolean isWeak(long key) {
        return key < 0;
    }

    /** The size cap of a block: words are shared by many unrelated records, exact values rarely. */
    static int cap(long key, int maxBlockSize) {
        return isWeak(key) ? Math.max(2, maxBlockSize / 2) : maxBlockSize;
    }

    private static long strong(String key) {
        return LongIntMap.hash(key) & Long.MAX_VALUE;
    }

    private static long weak(String key) {
        return LongIntMap.hash(key) | WEAK;
    }

    static void forEach(PreparedRecord r, LongConsumer sink) {
        for (String v : r.emails) {
            sink.accept(strong("e:" + v));
        }
        for (String v : r.phones) {
            sink.accept(strong("p:" + v));
        }
        for (String v : r.domains) {
            sink.accept(strong("d:" + v));
        }
        for (String v : r.identifiers) {
            sink.accept(strong("i:" + v));
        }
        if (r.dob != null && r.dob.length() == 8) {
            sink.accept(strong("b:" + r.dob));
        }
        if (r.address != null) {
            sink.accept(strong("a:" + r.address));
            for (String t : r.addressTokens) {
                if (t.length() >= 3) {
                    sink.accept(weak("at:" + t));
                }
            }
        }
        if (r.name != null) {
            String[] tokens = r.nameTokens;
            for (String t : tokens) {
                if (t.length() >= 2) {
                    sink.accept(weak("n:" + t));
                }
                if (t.length() >= 6) {
                    sink.accept(weak("n4:" + t.substring(0, 4)));
                }
            }
            if (tokens.length > 1) {
                sink.accept(weak("nj:" + String.join("", tokens)));
                String[] sorted = Arrays.copyOf(tokens, Math.min(tokens.length, 5));
                Arrays.sort(sorted);
                for (int i = 0; i < sorted.length; i++) {
                    for (int j = i + 1; j < sorted.length; j++) {
                        sink.accept(weak("nn:" + sorted[i] + ' ' + sorted[j]));
                    }
                }
            }
        }
    }

    /** The record's distinct keys, sorted. */
    static long[] of(PreparedRecord r) {
        long[] buf = new long[64];
        int[] n = {0};
        long[][] holder = {buf};
        forEach(r, k -> {
            if (n[0] == holder[0].length) {
                holder[0] = Arrays.copyOf(holder[0], n[0] * 2);
            }
            holder[0][n[0]++] = k;
        });
        long[] keys = Arrays.copyOf(holder[0], n[0]);
        Arrays.sort(keys);
        int w = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[w++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, w);
    }
}
