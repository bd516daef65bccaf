package io.blackbox.bench.matching;

import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.matching.MatchIndex;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Matcher;
import io.blackbox.engine.matching.Query;
import io.blackbox.engine.names.NameNormalizer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Speed at scale, side by side in one run on one corpus and one query set:
 * <ol>
 *   <li>the Black Box index: build time and heap, single-thread latency p50/p99, throughput on all cores,
 *       recall@1 and recall@5;</li>
 *   <li>PostgreSQL pg_trgm top-5 by GiST KNN ({@code ORDER BY name <-> q LIMIT 5}) on the same names
 *       (given our normalised Latin form, which only helps it);</li>
 *   <li>a brute-force Jaro-Winkler scan over every name.</li>
 * </ol>
 * Queries are list names with one typo ({@link Perturbations#typo}), each with a known right answer:
 * {@code queries} of them warm the JIT and the index up, as many others are measured one at a time, and
 * three times as many more, never searched before, measure throughput.
 *
 * <p>Usage: {@code SpeedBenchmark <shared-data-dir> [names=1000000] [queries=2000] [pgQueries=300] [scanQueries=40] [candidates=30] [floor=0]}
 * (candidates: names the index retrieves per query before rescoring; floor: the share of a query's best
 * possible retrieval score a name needs to be retrieved).
 */
public final class SpeedBenchmark {
    private static final long SEED = 42L;

    private SpeedBenchmark() {
    }

    /**
     * A query and its right answers: every record holding a name whose normal form equals the unperturbed
     * name (the same party is on several lists, and namesakes exist; any of them at rank 1 is right).
     */
    record Q(String text, String latin, int record, java.util.Set<Integer> right) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        long target = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int nQueries = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int nPg = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int nScan = args.length > 4 ? Integer.parseInt(args[4]) : 40;
        int candidates = args.length > 5 ? Integer.parseInt(args[5]) : MatchIndex.DEFAULT_CANDIDATES;
        double floor = args.length > 6 ? Double.parseDouble(args[6]) : 0;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MiB, %s%n", cores,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.version"));

        List<MatchRecord> records = ScaleCorpus.build(data, target, SEED);
        System.out.printf(Locale.ROOT, "corpus: %d records, %d names%n", records.size(), ScaleCorpus.names(records));
        // Three disjoint sets of queries: the index remembers term look-ups, so neither measurement may
        // repeat the queries that warmed it up; the throughput run uses queries never searched before.
        List<Q> all = queries(records, 5 * nQueries);
        List<Q> warm = all.subList(0, nQueries);
        List<Q> queries = all.subList(nQueries, 2 * nQueries);
        List<Q> unseen = all.subList(2 * nQueries, 5 * nQueries);

        gc();
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        MatchIndex index = MatchIndex.build(records, new Matcher(), null, candidates, floor);
        System.out.printf(Locale.ROOT, "candidates retrieved per query: %d, floor %.2f%n", candidates, floor);
        double buildSecs = (System.nanoTime() - t0) / 1e9;
        gc();
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "index build: %.1f s, heap held by the index %d MiB (names and prepared forms; Lucene files are memory-mapped)%n",
                buildSecs, (heapAfter - heapBefore) >> 20);

        // warm-up
        for (Q q : warm) {
            index.search(Query.name(q.text), 5);
        }
        long[] latency = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        var threadBean = ManagementFactory.getThreadMXBean();
        int hit1 = 0;
        int hit5 = 0;
        for (int i = 0; i < queries.size(); i++) {
            long c0 = threadBean.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            List<MatchResult> r = index.search(Query.name(queries.get(i).text), 5);
            latency[i] = System.nanoTime() - s;
            cpu[i] = threadBean.getCurrentThreadCpuTime() - c0;
            Q q = queries.get(i);
            if (!r.isEmpty() && q.right.contains(ordinal(records, r.getFirst().entityId()))) {
                hit1++;
            }
            if (r.stream().anyMatch(m -> q.right.contains(ordinal(records, m.entityId())))) {
                hit5++;
            }
        }
        int slowest = Integer.getInteger("slowest", 0);
        if (slowest > 0) {
            // the queries that cost most, to find what a long tail comes from (-Dslowest=N)
            Integer[] order = new Integer[cpu.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(cpu[b], cpu[a]));
            for (int i = 0; i < Math.min(slowest, order.length); i++) {
                System.out.printf(Locale.ROOT, "  slow %.2f ms  %s%n", cpu[order[i]] / 1e6, queries.get(order[i]).text);
            }
        }
        Arrays.sort(latency);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "blackbox single thread CPU time per screening (what it costs without neighbours): p50 %.2f ms, p99 %.2f ms, mean %.2f ms%n",
                cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6, Arrays.stream(cpu).average().orElse(0) / 1e6);
        System.out.printf(Locale.ROOT, "blackbox single thread: p50 %.2f ms, p99 %.2f ms, mean %.2f ms; recall@1 %.4f, recall@5 %.4f (n %d)%n",
                latency[latency.length / 2] / 1e6, latency[(int) (latency.length * 0.99)] / 1e6,
                Arrays.stream(latency).average().orElse(0) / 1e6, hit1 / (double) queries.size(), hit5 / (double) queries.size(),
                queries.size());
        long cpuBefore = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
        long wallBefore = System.nanoTime();
        double ourRate = throughput(index, unseen, cores, unseen.size());
        double cpuSecs = (ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() - cpuBefore) / 1e9;
        double wallSecs = (System.nanoTime() - wallBefore) / 1e9;
        System.out.printf(Locale.ROOT, "blackbox throughput on %d threads: %.0f screenings/s wall; the process got %.2f of %d cores, so %.0f screenings/s per full %d cores%n",
                cores, ourRate, cpuSecs / wallSecs, cores, ourRate * cores / Math.max(0.01, cpuSecs / wallSecs), cores);

        if (nScan == 0 || nPg == 0) {
            index.close();
            return; // comparisons skipped
        }
        double scanRate = bruteForce(records, queries.subList(0, Math.min(nScan, queries.size())));
        double pgRate = pgTrgm(records, queries.subList(0, Math.min(nPg, queries.size())), cores);
        // Recall on exactly the queries pg_trgm answered, for a like-for-like comparison.
        List<Q> pgQueries = queries.subList(0, Math.min(nPg, queries.size()));
        int same1 = 0;
        int same5 = 0;
        for (Q q : pgQueries) {
            List<MatchResult> r = index.search(Query.name(q.text), 5);
            same1 += !r.isEmpty() && q.right.contains(ordinal(records, r.getFirst().entityId())) ? 1 : 0;
            same5 += r.stream().anyMatch(m -> q.right.contains(ordinal(records, m.entityId()))) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "blackbox on the pg_trgm query subset: recall@1 %.4f, recall@5 %.4f (n %d)%n",
                same1 / (double) pgQueries.size(), same5 / (double) pgQueries.size(), pgQueries.size());
        System.out.printf(Locale.ROOT, "ratios: blackbox / pg_trgm throughput %.1fx, blackbox / brute-force JW %.1fx%n",
                ourRate / pgRate, ourRate / scanRate);
        index.close();
    }

    private static java.util.Map<String, Integer> ordinals;

    private static int ordinal(List<MatchRecord> records, String id) {
        if (ordinals == null) {
            java.util.Map<String, Integer> m = new java.util.HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                m.putIfAbsent(records.get(i).id(), i);
            }
            ordinals = m;
        }
        return ordinals.getOrDefault(id, -1);
    }

    private static List<Q> queries(List<MatchRecord> records, int n) {
        Random random = new Random(SEED);
        Perturbations p = new Perturbations(SEED);
        List<Q> out = new ArrayList<>();
        NameNormalizer normalizer = NameNormalizer.getDefault();
        java.util.Map<String, java.util.Set<Integer>> byLatin = new java.util.HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (var nm : records.get(i).names()) {
                try {
                    byLatin.computeIfAbsent(normalizer.normalize(nm.value()).latin(), k -> new java.util.HashSet<>()).add(i);
                } catch (IllegalArgumentException e) {
                    // a name of only symbols
                }
            }
        }
        while (out.size() < n) {
            int i = random.nextInt(records.size());
            MatchRecord r = records.get(i);
            var name = r.names().getFirst();
            if (name.kind() == NameKind.WEAK_ALIAS || !name.value().chars().allMatch(c -> c < 0x250)
                    || name.value().split(" ").length < 2) {
                continue;
            }
            String text = p.typo(name.value());
            try {
                out.add(new Q(text, normalizer.normalize(text).latin(), i,
                        byLatin.getOrDefault(normalizer.normalize(name.value()).latin(), java.util.Set.of(i))));
            } catch (IllegalArgumentException e) {
                // skip
            }
        }
        return out;
    }

    private static double throughput(MatchIndex index, List<Q> queries, int threads, int total) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        long s = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    index.search(Query.name(queries.get(i % queries.size()).text), 5);
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        return total / ((System.nanoTime() - s) / 1e9);
    }

    /** Jaro-Winkler of the query against every name's normalised form; top 5. */
    private static double bruteForce(List<MatchRecord> records, List<Q> queries) {
        NameNormalizer normalizer = NameNormalizer.getDefault();
        List<String> latin = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            for (var n : records.get(i).names()) {
                try {
                    latin.add(normalizer.normalize(n.value()).latin());
                    owner.add(i);
                } catch (IllegalArgumentException e) {
                    // skip
                }
            }
        }
        String[] names = latin.toArray(new String[0]);
        int[] owners = owner.stream().mapToInt(Integer::intValue).toArray();
        int hit1 = 0;
        int hit5 = 0;
        long s = System.nanoTime();
        for (Q q : queries) {
            int[] best = new int[5];
            double[] bestScore = new double[5];
            Arrays.fill(bestScore, -1);
            for (int i = 0; i < names.length; i++) {
                double v = io.blackbox.engine.matching.NameComparator.jaroWinkler(q.latin, names[i]);
                if (v > bestScore[4]) {
                    int k = 4;
                    while (k > 0 && bestScore[k - 1] < v) {
                        bestScore[k] = bestScore[k - 1];
                        best[k] = best[k - 1];
                        k--;
                    }
                    bestScore[k] = v;
                    best[k] = owners[i];
                }
            }
            hit1 += q.right.contains(best[0]) ? 1 : 0;
            for (int b : best) {
                if (q.right.contains(b)) {
                    hit5++;
                    break;
                }
            }
        }
        double secs = (System.nanoTime() - s) / 1e9;
        double rate = queries.size() / secs;
        System.out.printf(Locale.ROOT, "brute-force Jaro-Winkler scan (1 thread): %.2f screenings/s, %.0f ms each; recall@1 %.4f, recall@5 %.4f (n %d)%n",
                rate, 1000 / rate, hit1 / (double) queries.size(), hit5 / (double) queries.size(), queries.size());
        return rate * Runtime.getRuntime().availableProcessors(); // a scan parallelises perfectly: credit it all cores
    }

    private static double pgTrgm(List<MatchRecord> records, List<Q> queries, int threads) throws Exception {
        NameNormalizer normalizer = NameNormalizer.getDefault();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
             Connection c = pg.getPostgresDatabase().getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
                st.execute("CREATE TABLE names (record int NOT NULL, name text NOT NULL)");
            }
            StringBuilder sb = new StringBuilder();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            for (int i = 0; i < records.size(); i++) {
                for (var n : records.get(i).names()) {
                    try {
                        String l = normalizer.normalize(n.value()).latin();
                        sb.append(i).append('\t').append(l.replace("\\", "")).append('\n');
                    } catch (IllegalArgumentException e) {
                        // skip
                    }
                }
                if (sb.length() > 8_000_000) {
                    copy.copyIn("COPY names FROM STDIN", new StringReader(sb.toString()));
                    sb.setLength(0);
                }
            }
            copy.copyIn("COPY names FROM STDIN", new StringReader(sb.toString()));
            long t1 = System.nanoTime();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE INDEX names_trgm ON names USING gist (name gist_trgm_ops)");
                st.execute("ANALYZE names");
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "pg_trgm: loaded in %.1f s, GiST index built in %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            int[] h = new int[2];
            List<Connection> conns = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                conns.add(pg.getPostgresDatabase().getConnection());
            }
            // recall, one connection
            try (PreparedStatement ps = c.prepareStatement("SELECT record FROM names ORDER BY name <-> ? LIMIT 5")) {
                for (Q q : queries) {
                    ps.setString(1, q.latin);
                    try (ResultSet rs = ps.executeQuery()) {
                        int rank = 0;
                        while (rs.next()) {
                            if (q.right.contains(rs.getInt(1))) {
                                h[1]++;
                                if (rank == 0) {
                                    h[0]++;
                                }
                                break;
                            }
                            rank++;
                        }
                    }
                }
            }
            AtomicInteger next = new AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            long s = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                Connection conn = conns.get(t);
                workers.add(Thread.ofPlatform().start(() -> {
                    try (PreparedStatement ps = conn.prepareStatement("SELECT record, name FROM names ORDER BY name <-> ? LIMIT 5")) {
                        int i;
                        while ((i = next.getAndIncrement()) < queries.size()) {
                            ps.setString(1, queries.get(i).latin);
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    rs.getInt(1);
                                }
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (Thread w : workers) {
                w.join();
            }
            double rate = queries.size() / ((System.nanoTime() - s) / 1e9);
            for (Connection conn : conns) {
                conn.close();
            }
            System.out.printf(Locale.ROOT, "pg_trgm GiST KNN top-5 on %d connections: %.1f screenings/s; recall@1 %.4f, recall@5 %.4f (n %d)%n",
                    threads, rate, h[0] / (double) queries.size(), h[1] / (double) queries.size(), queries.size());
            return rate;
        }
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long usedHeap() {
        var m = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return m.getUsed();
    }
}
