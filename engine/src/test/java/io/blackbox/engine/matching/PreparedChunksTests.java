package io.blackbox.engine.matching;

import io.blackbox.engine.lists.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PreparedChunksTests {

    private static List<MatchRecord> records(int n) {
        List<MatchRecord> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add(MatchIndexTests.record("r:" + i, Schema.PERSON, "Name" + Integer.toString(i, 26) + " Person"));
        }
        return r;
    }

    @Test
    @Timeout(60)
    void handsOutEveryRecordOnceInInputOrder() {
        List<MatchRecord> records = records(PreparedChunks.CHUNK * 13 + 5);
        List<Integer> seen = new ArrayList<>();
        try (PreparedChunks chunks = new PreparedChunks(records, new Matcher())) {
            assertThat(chunks.count).isEqualTo(14);
            for (int c = 0; c < chunks.count; c++) {
                for (PreparedChunks.Entry e : chunks.take(c)) {
                    seen.add(e.record());
                    assertThat(e.prepared().id()).isEqualTo("r:" + e.record());
                    assertThat(e.documents()).hasSize(e.prepared().names().size());
                }
            }
        }
        assertThat(seen).hasSize(records.size()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @Timeout(60)
    void aRecordThatCannotBePreparedFailsTheBuildInsteadOfHangingIt() {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "needs a second core for a preparing thread");
        // every record fails on the preparing threads; this thread's own preparing waits until one of them has
        // failed, so the failure always comes from another thread and must reach this one
        List<MatchRecord> good = records(PreparedChunks.CHUNK * 12);
        Thread test = Thread.currentThread();
        CountDownLatch failed = new CountDownLatch(1);
        List<MatchRecord> records = new AbstractList<>() {
            @Override
            public MatchRecord get(int i) {
                if (Thread.currentThread() != test) {
                    failed.countDown();
                    throw new IllegalStateException("record " + i + " is unreadable");
                }
                try {
                    failed.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return good.get(i);
            }

            @Override
            public int size() {
                return good.size();
            }
        };
        try (PreparedChunks chunks = new PreparedChunks(records, new Matcher())) {
            assertThatThrownBy(() -> {
                for (int c = 0; c < chunks.count; c++) {
                    chunks.take(c);
                }
            }).isInstanceOf(IllegalStateException.class).hasMessageEndingWith("is unreadable");
        }
    }

    @Test
    void anEmptyInputHasNoChunks() {
        try (PreparedChunks chunks = new PreparedChunks(List.of(), new Matcher())) {
            assertThat(chunks.count).isZero();
        }
    }
}
