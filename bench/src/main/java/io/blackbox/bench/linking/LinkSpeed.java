package io.blackbox.bench.linking;

import io.blackbox.engine.linking.IncrementalLinker;
import io.blackbox.engine.linking.LinkRecord;
import io.blackbox.engine.linking.LinkResult;
import io.blackbox.engine.linking.Linker;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed of linking: a full run over N generated procurement reports (default 1,000,000), then single
 * reports added incrementally to the result, with latency percentiles and peak heap. Usage:
 * {@code LinkSpeed <shared-data-dir> [records] [incremental adds]}.
 */
public final class LinkSpeed {

    private LinkSpeed() {
    }

    public static void main(String[] args) throws IOException {
        Path sdn = Path.of(args.length > 0 ? args[0] : "../shared/data").resolve("lists/ofac-sdn-2024-07");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int adds = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        Dataset data = new ProcurementGenerator(ProcurementGenerator.Settings.sized(11, n + adds)).generate(sdn);
        List<LinkRecord> all = data.records();
        int base = all.size() - adds;
        List<LinkRecord> batch = all.subList(0, base);
        System.out.printf(Locale.ROOT, "generated %d reports (%d for the full run, %d to add one by one)%n", all.size(),
                base, adds);
        System.gc();
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        LinkResult result = Linker.withDefaults().link(batch);
        long full = System.nanoTime() - t0;
        long heapAfter = usedHeap();
        long actors = result.state().actors().values().stream().distinct().count();
        System.out.printf(Locale.ROOT, "full run: %d reports -> %d actors in %.1f s (%s)%n", base, actors, full / 1e9,
                result.stats());
        Scores s = Scores.of(data.truth().subList(0, base),
                batch.stream().map(r -> result.actorOf(r.id()).value()).toList());
        System.out.println("accuracy of the full run: " + s);

        long ti = System.nanoTime();
        IncrementalLinker inc = result.incremental();
        System.out.printf(Locale.ROOT, "incremental index built in %.1f s%n", (System.nanoTime() - ti) / 1e9);
        long[] latency = new long[adds];
        for (int i = 0; i < adds; i++) {
            LinkRecord r = all.get(base + i);
            long a = System.nanoTime();
            inc.add(r);
            latency[i] = System.nanoTime() - a;
        }
        // the first tenth warms up the JIT; percentiles over the rest
        long[] measured = Arrays.copyOfRange(latency, adds / 10, adds);
        Arrays.sort(measured);
        System.out.printf(Locale.ROOT, "incremental add: %d measured, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                measured.length, pct(measured, 0.50), pct(measured, 0.99), measured[measured.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "heap: %d MiB before, %d MiB after the full run; peak pool usage %d MiB; max heap %d MiB%n",
                heapBefore >> 20, heapAfter >> 20, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
