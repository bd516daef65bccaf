package io.blackbox.engine.linking;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The blocks of a batch run: records grouped by shared blocking key, blocks above the size cap left
 * out. Each candidate pair is visited exactly once, in the block of the smallest key the two records
 * share, so no set of seen pairs is needed and blocks can be processed in parallel.
 */
final class CandidateBlocks {

    /** Receives candidate pairs; called from several threads at once. */
    @FunctionalInterface
    interface PairSink {
        void accept(int a, int b);
    }

    private static final int INDEX_BITS = 24;
    static final int MAX_RECORDS = 1 << INDEX_BITS;

    private final long[] postings;
    private final int[] blockStart;
    private final int[] blockEnd;
    private final int[][] blocksOf;
    private final int oversized;
    private final long pairs;

    CandidateBlocks(PreparedRecord[] records, int maxBlockSize) {
        if (records.length >= MAX_RECORDS) {
            throw new IllegalArgumentException(records.length + " records exceed the batch limit of " + MAX_RECORDS);
        }
        long[][] keys = new long[records.length][];
        IntStream.range(0, records.length).parallel().forEach(i -> keys[i] = BlockingKeys.of(records[i]));
        int total = 0;
        for (long[] k : keys) {
            total += k.length;
        }
        long[] packed = new long[total];
        int p = 0;
        for (int i = 0; i < keys.length; i++) {
            for (long k : keys[i]) {
                // the top 40 bits of the key hash, then the record index: one sort groups the blocks
                packed[p++] = (k & (-1L << INDEX_BITS)) | i;
            }
            keys[i] = null;
        }
        Arrays.parallelSort(packed);
        int[] starts = new int[Math.max(16, total / 4)];
        int[] ends = new int[starts.length];
        int blocks = 0;
        int tooBig = 0;
        int[] perRecord = new int[records.length];
        long pairCount = 0;
        for (int s = 0; s < total; ) {
            long key = packed[s] >>> INDEX_BITS;
            int e = s + 1;
            while (e < total && (packed[e] >>> INDEX_BITS) == key) {
                e++;
            }
            int size = e - s;
            if (size > BlockingKeys.cap(packed[s], maxBlockSize)) {
                tooBig++;
            } else if (size >= 2) {
                if (blocks == starts.length) {
                    starts = Arrays.copyOf(starts, blocks * 2);
                    ends = Arrays.copyOf(ends, blocks * 2);
                }
                starts[blocks] = s;
                ends[blocks] = e;
                blocks++;
                pairCount += (long) size * (size - 1) / 2;
                for (int x = s; x < e; x++) {
                    perRecord[index(packed[x])]++;
                }
            }
            s = e;
        }
        int[][] of = new int[records.length][];
        for (int i = 0; i < of.length; i++) {
            of[i] = new int[perRecord[i]];
            perRecord[i] = 0;
        }
        for (int b = 0; b < blocks; b++) {
            for (int x = starts[b]; x < ends[b]; x++) {
                int r = index(packed[x]);
                of[r][perRecord[r]++] = b; // blocks ascend, so each list comes out sorted
            }
        }
        this.postings = packed;
        this.blockStart = Arrays.copyOf(starts, blocks);
        this.blockEnd = Arrays.copyOf(ends, blocks);
        this.blocksOf = of;
        this.oversized = tooBig;
        this.pairs = pairCount;
    }

    private static int index(long posting) {
        return (int) (posting & ((1L << INDEX_BITS) - 1));
    }

    int blockCount() {
        return blockStart.length;
    }

    /** Blocks left out because they exceed the size cap (frequent tokens, hubs). */
    int oversizedBlocks() {
        return oversized;
    }

    /** Pairs in all blocks before removing repeats: an upper bound of the candidate pairs. */
    long pairUpperBound() {
        return pairs;
    }

    /** Visits every candidate pair once, blocks in parallel. */
    void forEachPair(PairSink sink) {
        IntStream.range(0, blockStart.length).parallel().forEach(b -> forEachPairIn(b, sink));
    }

    void forEachPairIn(int b, PairSink sink) {
        for (int x = blockStart[b]; x < blockEnd[b]; x++) {
            int i = index(postings[x]);
            for (int y = x + 1; y < blockEnd[b]; y++) {
                int j = index(postings[y]);
                if (i != j && firstSharedBlock(blocksOf[i], blocksOf[j]) == b) {
                    sink.accept(i, j);
                }
            }
        }
    }

    private static int firstSharedBlock(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return a[i];
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return -1;
    }
}
