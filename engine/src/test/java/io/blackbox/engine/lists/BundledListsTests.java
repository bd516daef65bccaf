package io.blackbox.engine.lists;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundle is on the classpath, so these run on a fresh clone without the shared data. */
class BundledListsTests {

    @Test
    void loadsEveryBundledSourceWithoutErrorsAndLogsTheTime() {
        long start = System.nanoTime();
        List<ImportResult> results = BundledLists.loadFresh();
        long ms = (System.nanoTime() - start) / 1_000_000;
        int entities = results.stream().mapToInt(r -> r.entities().size()).sum();
        System.out.printf("[list import] BundledLists.loadFresh(): %d sources, %d entities in %d ms%n",
                results.size(), entities, ms);
        assertThat(results).noneMatch(ImportResult::hasErrors);
        Map<String, Integer> counts = results.stream()
                .collect(Collectors.toMap(ImportResult::source, r -> r.entities().size()));
        assertThat(counts).hasSize(19)
                .containsEntry("us-ofac-sdn", 15443)
                .containsEntry("us-ofac-cons", 442)
                .containsEntry("un-sc", 1003)
                .containsEntry("us-csl-el", 3420)
                .containsEntry("us-bis-dpl", 581)
                .containsEntry("eu-annexes", 7988)
                .containsEntry("us-dod-1260h", 209)
                .containsEntry("us-bis-mieu", 13);
        assertThat(entities).isEqualTo(51600);
    }

    @Test
    void sharesOneImmutableCopyBetweenCallers() {
        List<ImportResult> first = BundledLists.load();
        assertThat(BundledLists.load()).isSameAs(first);
        assertThat(first).isUnmodifiable();
        assertThat(first.getFirst().entities()).isUnmodifiable();
    }

    @Test
    void manifestNamesFormatSourceAndChecksumOfEveryFile() {
        List<BundledLists.Entry> manifest = BundledLists.manifest();
        assertThat(manifest).hasSize(4 + 4 + 1 + 1 + 1 + 45 + 1 + 1);
        assertThat(manifest).allSatisfy(e -> {
            assertThat(e.file()).endsWith(".gz");
            assertThat(e.sha256()).hasSize(64);
        });
        assertThat(BundledLists.groups()).containsKeys("ofac-sdn", "ofac-cons", "un-sc", "us-csl", "bis-dpl",
                "eu-annexes", "dod-1260h", "bis-mieu");
        assertThat(BundledLists.class.getResource(BundledLists.RESOURCE_DIR + "SOURCE-ofac-sdn-2024-07.txt")).isNotNull();
    }
}
