package io.blackbox.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Query;
import org.junit.jupiter.api.Test;

class ScreeningMemoTests {

    @Test
    void eachDistinctQueryIsScreenedOnceEvenFromManyThreads() {
        Reports.ScreeningMemo memo = new Reports.ScreeningMemo();
        ConcurrentHashMap<Query, AtomicInteger> calls = new ConcurrentHashMap<>();
        IntStream.range(0, 4_000).parallel().forEach(i -> {
            Query q = Query.name("Front Company " + (i % 50));
            List<MatchResult> r = memo.results(q, query -> {
                calls.computeIfAbsent(query, k -> new AtomicInteger()).incrementAndGet();
                try {
                    Thread.sleep(1); // a screening takes a while: other threads ask for it meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            });
            assertThat(r).isEmpty();
        });
        assertThat(calls).hasSize(50);
        assertThat(calls.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }

    @Test
    void aQueryTheEngineRefusesIsRefusedForEveryRowThatNamesIt() {
        Reports.ScreeningMemo memo = new Reports.ScreeningMemo();
        Query q = Query.name("Unusable Name");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> memo.results(q, query -> {
                throw new IllegalArgumentException("no usable name");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("no usable name");
        }
    }
}
