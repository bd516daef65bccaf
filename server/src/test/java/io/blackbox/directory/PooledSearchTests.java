package io.blackbox.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.matching.MatchIndex;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Matcher;
import io.blackbox.engine.matching.Query;
import org.junit.jupiter.api.Test;

/** The pooled search over the full index and the index of actors linked into since it was built. */
class PooledSearchTests {

    private final Matcher matcher = new Matcher();

    private static MatchRecord actor(String id, String... names) {
        List<EntityName> n = new java.util.ArrayList<>();
        for (String name : names) {
            n.add(n.isEmpty() ? EntityName.primary(name) : EntityName.alias(name));
        }
        return new MatchRecord(id, null, null, n, List.of(), List.of(), List.of());
    }

    private MatchIndex index(MatchRecord... records) {
        return MatchIndex.build(List.of(records), matcher, null, PooledActors.CANDIDATES, PooledActors.FLOOR);
    }

    private List<String> ids(PooledActors.Snapshot s, String name) {
        return PooledActors.search(s, matcher.prepare(Query.name(name))).stream().map(MatchResult::entityId).toList();
    }

    @Test
    void aRecentActorAnswersFromTheRecentIndexOnlyAndTheRestFromTheFullOne() {
        try (MatchIndex full = index(actor("A1", "Zorbaka Trading FZE"), actor("A2", "Zorbaka Trading LLC"),
                actor("A3", "Quellmar Precision Works"));
             MatchIndex recent = index(actor("A1", "Zorbaka Trading FZE", "Velmora Instruments"))) {
            PooledActors.Snapshot before = new PooledActors.Snapshot(full, null, Set.of(), 1, 0);
            PooledActors.Snapshot after = new PooledActors.Snapshot(full, recent, Set.of("A1", "A9"), 2, 0);

            assertThat(ids(before, "Zorbaka Trading")).containsExactlyInAnyOrder("A1", "A2");
            assertThat(ids(after, "Zorbaka Trading")).as("once, though both indexes hold it")
                    .containsExactlyInAnyOrder("A1", "A2");
            assertThat(ids(before, "Velmora Instruments")).isEmpty();
            assertThat(ids(after, "Velmora Instruments")).containsExactly("A1");
            assertThat(ids(after, "Quellmar Precision Works")).containsExactly("A3");
        }
    }

    @Test
    void anActorGoneSinceTheFullBuildNoLongerAnswersFromIt() {
        try (MatchIndex full = index(actor("A1", "Zorbaka Trading FZE"), actor("A2", "Velmora Instruments"))) {
            // A2 was absorbed into another actor or split apart: listed as recent, with no names of its own now
            PooledActors.Snapshot s = new PooledActors.Snapshot(full, null, Set.of("A2"), 2, 0);
            assertThat(ids(s, "Velmora Instruments")).isEmpty();
            assertThat(ids(s, "Zorbaka Trading")).containsExactly("A1");
        }
    }

    @Test
    void theRecentLimitIsATenthOfThePoolAndNeverSmall() {
        assertThat(PooledActors.recentLimit(100)).isEqualTo(2_000);
        assertThat(PooledActors.recentLimit(190_000)).isEqualTo(19_000);
    }
}
