package io.blackbox.bench.lists;

import io.blackbox.engine.lists.BundledLists;
import io.blackbox.engine.lists.ImportResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@link BundledLists#loadFresh()} (the uncached read behind {@link BundledLists#load()}): gunzip, checksum and import of every bundled default list, as a
 * server does at start-up. Reports wall-clock and the thread's CPU time per round, since on a shared
 * machine the wall clock mostly measures the neighbours; the median of the measured rounds is the number
 * to quote.
 *
 * <p>Usage: {@code ListImportBench [warm-up rounds, default 2] [measured rounds, default 5]}
 */
public final class ListImportBench {
    private ListImportBench() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (warmup < 0 || rounds < 1) {
            throw new IllegalArgumentException("warm-up " + warmup + " must be >= 0 and rounds " + rounds + " >= 1");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("ListImportBench %s, %d cores, load average %.2f, Java %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version());
        long[] wall = new long[rounds];
        long[] cpu = new long[rounds];
        int entities = 0;
        int sources = 0;
        for (int i = -warmup; i < rounds; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<ImportResult> results = BundledLists.loadFresh();
            long w = (System.nanoTime() - t0) / 1_000_000;
            long c = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            entities = results.stream().mapToInt(r -> r.entities().size()).sum();
            sources = results.size();
            System.out.printf("%s round %d: %d ms wall, %d ms CPU, %d sources, %d entities%n",
                    i < 0 ? "warm-up" : "measured", i < 0 ? i + warmup + 1 : i + 1, w, c, sources, entities);
            if (i >= 0) {
                wall[i] = w;
                cpu[i] = c;
            }
        }
        System.out.printf("median of %d rounds: %d ms wall, %d ms CPU for %d sources, %d entities%n",
                rounds, median(wall), median(cpu), sources, entities);
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
