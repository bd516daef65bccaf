package io.blackbox.bench.matching;

import io.blackbox.engine.matching.MatchIndex;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Query;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * JMH: one screening (search, top 5) against an index of the real lists topped up to {@code names}
 * names, with typo variants of list names as queries (fixed seed). Sample time gives p50/p99.
 * Run with {@code bench/match-speed.sh --jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx12g", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class MatchIndexBenchmark {

    @Param({"1000000"})
    public long names;

    private MatchIndex index;
    private List<String> queries;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path data = Path.of(System.getProperty("blackbox.shared.data", "../shared/data"));
        List<MatchRecord> records = ScaleCorpus.build(data, names, 42L);
        index = MatchIndex.build(records);
        Random random = new Random(42L);
        Perturbations p = new Perturbations(42L);
        queries = new ArrayList<>();
        while (queries.size() < 4096) {
            MatchRecord r = records.get(random.nextInt(records.size()));
            String n = r.names().getFirst().value();
            if (n.chars().allMatch(c -> c < 0x250)) {
                queries.add(p.typo(n));
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        index.close();
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @Threads(1)
    public List<MatchResult> screenOneThread(Cursor c) {
        return index.search(Query.name(queries.get(c.next++ & 4095)), 5);
    }

    @Benchmark
    @Threads(2)
    public List<MatchResult> screenTwoThreads(Cursor c) {
        return index.search(Query.name(queries.get(c.next++ & 4095)), 5);
    }
}
