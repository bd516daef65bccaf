package io.blackbox.engine.linking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncrementalLinkerTests {

    @Test
    void aNewReportJoinsItsActorAndAStrangerStartsANewOne() {
        List<String> truth = new ArrayList<>();
        List<LinkRecord> records = Fixtures.actors(11, 80, truth);
        LinkResult base = Linker.withDefaults().link(records);
        IncrementalLinker inc = base.incremental();
        LinkRecord existing = records.get(0);
        LinkOutcome joined = inc.add(new LinkRecord("inc1", existing.name(), existing.address(), "AE",
                existing.email() == null ? "info@" + "x.invalid" : existing.email(), existing.phone(), null, null, null));
        assertThat(joined.actor()).isEqualTo(base.actorOf(existing.id()));
        assertThat(joined.newActor()).isFalse();
        assertThat(joined.links()).isNotEmpty().allMatch(Explanation::linked);
        LinkOutcome stranger = inc.add(new LinkRecord("inc2", "Quokka Hydraulics", "1 Nowhere Lane, Perth", "AU",
                "q@quokka-hyd.au", "+61 8 9000 0000", null, null, null));
        assertThat(stranger.newActor()).isTrue();
        assertThat(stranger.actor().sequence()).isGreaterThanOrEqualTo(base.state().nextSequence());
        assertThat(inc.actorOf("inc2")).isEqualTo(stranger.actor());
        assertThat(base.state().actors()).doesNotContainKey("inc1");
    }

    @Test
    void aReportBridgingTwoActorsMergesThemAndKeepsTheOtherIdAsAnAlias() {
        List<LinkRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        records.addAll(Fixtures.actors(12, 40, truth));
        records.add(new LinkRecord("p1", "Pelican Dynamics", null, "AE", "a@pelican-dyn.ae", null, null, null, null));
        records.add(new LinkRecord("q1", "Pelican Dynamic Industries", null, "AE", null, "+97142223333", null, null, null));
        LinkResult base = Linker.withDefaults().link(records);
        assertThat(base.actorOf("p1")).isNotEqualTo(base.actorOf("q1"));
        IncrementalLinker inc = base.incremental();
        LinkOutcome bridge = inc.add(new LinkRecord("b", "Pelican Dynamics", null, "AE", "a@pelican-dyn.ae",
                "+97142223333", null, null, null));
        assertThat(inc.actorOf("p1")).isEqualTo(bridge.actor());
        assertThat(inc.actorOf("q1")).isEqualTo(bridge.actor());
        assertThat(bridge.absorbed()).hasSize(1);
        ActorId gone = bridge.absorbed().iterator().next();
        assertThat(inc.state().aliases().resolve(gone)).isEqualTo(bridge.actor());
    }

    @Test
    void rejectsAnIdAlreadyLinked() {
        List<String> truth = new ArrayList<>();
        List<LinkRecord> records = Fixtures.actors(13, 10, truth);
        IncrementalLinker inc = Linker.withDefaults().link(records).incremental();
        assertThatThrownBy(() -> inc.add(records.get(0))).hasMessageContaining(records.get(0).id());
    }

    @Test
    void copiesOfKnownReportsJoinTheActorsOfTheirOriginals() {
        List<String> truth = new ArrayList<>();
        List<LinkRecord> records = Fixtures.actors(14, 400, truth);
        IncrementalLinker inc = Linker.withDefaults().link(records).incremental();
        for (int i = 0; i < 200; i++) {
            LinkRecord r = records.get(i);
            LinkOutcome o = inc.add(new LinkRecord("n" + i, r.name(), r.address(), r.country(), r.email(), r.phone(),
                    null, null, null));
            assertThat(o.newActor()).as("copy of %s", r.id()).isFalse();
            assertThat(inc.actorOf("n" + i)).as("copy of %s", r.id()).isEqualTo(inc.actorOf(r.id()));
        }
    }
}
