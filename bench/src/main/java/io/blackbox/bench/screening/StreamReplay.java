package io.blackbox.bench.screening;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.blackbox.bench.matching.ScaleCorpus;
import io.blackbox.engine.matching.MatchIndex;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.Query;

/**
 * The engine's share of the HTTP screening benchmark, in process and on one thread: the same corpus and the
 * same stream of names as {@link HttpBenchFiles} writes into request bodies, each name screened once (limit 5),
 * in passes of names not screened before. Prints the CPU time and the bytes allocated per screening of each
 * pass, and the median CPU time of the second half of the passes (the first ones also warm the JIT and the
 * index's term memory up). What it measures is what a server pays per screening before HTTP, JSON and storage.
 * With more than one round, the whole stream is screened again, its words now remembered, as in a server that
 * has run for a while.
 *
 * <p>Usage: {@code StreamReplay <shared data> [names=1000000] [per pass=10000] [passes=6] [rounds=1]}
 */
public final class StreamReplay {

    private StreamReplay() {
    }

    public static void main(String[] args) throws java.io.IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        long target = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int perPass = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        List<MatchRecord> records = ScaleCorpus.build(shared, target, 7);
        List<MatchRecord> generated = records.stream().filter(r -> r.id().startsWith("gen:")).toList();
        Random random = new Random(11);
        List<String> names = new ArrayList<>(perPass * passes);
        for (int i = 0; i < perPass * passes; i++) {
            names.add(HttpBenchFiles.bodyName(records, generated, random, i));
        }
        long start = System.nanoTime();
        MatchIndex index = MatchIndex.build(records);
        System.out.printf(Locale.ROOT, "index of %d names built in %.1f s%n", index.nameCount(),
                (System.nanoTime() - start) / 1e9);
        records = null;
        generated = null;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            if (rounds > 1) {
                System.out.printf(Locale.ROOT, "round %d%n", round);
            }
            replay(index, names, perPass, passes, threads);
        }
        index.close();
    }

    private static void replay(MatchIndex index, List<String> names, int perPass, int passes,
                               com.sun.management.ThreadMXBean threads) {
        double[] cpu = new double[passes];
        long hits = 0;
        for (int pass = 0; pass < passes; pass++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long a0 = threads.getCurrentThreadAllocatedBytes();
            for (String name : names.subList(pass * perPass, (pass + 1) * perPass)) {
                hits += index.search(Query.name(name), 5).size();
            }
            cpu[pass] = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / perPass;
            double kb = (threads.getCurrentThreadAllocatedBytes() - a0) / 1024.0 / perPass;
            System.out.printf(Locale.ROOT, "pass %d: %.1f us CPU, %.1f KB allocated per screening%n", pass, cpu[pass], kb);
        }
        double[] late = Arrays.copyOfRange(cpu, passes / 2, passes);
        Arrays.sort(late);
        System.out.printf(Locale.ROOT, "median CPU per screening over passes %d-%d: %.1f us (%d hits)%n", passes / 2,
                passes - 1, late[late.length / 2], hits);
    }
}
