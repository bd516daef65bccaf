package io.blackbox.engine.linking;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkerTests {

    private static final Linker LINKER = Linker.withDefaults();

    @Test
    void linksReportsOfOneActorDespiteVariedSpellings() {
        List<String> truth = new ArrayList<>();
        List<LinkRecord> records = Fixtures.actors(1, 120, truth);
        LinkResult result = LINKER.link(records);
        assertThat(Fixtures.pairwiseF1(truth, Fixtures.clusters(result, records))).isGreaterThan(0.95);
    }

    @Test
    void aForwarderPhoneSharedByUnrelatedFirmsIsAHubNotAnIdentity() {
        List<String> truth = new ArrayList<>();
        List<LinkRecord> records = new ArrayList<>(Fixtures.actors(2, 60, truth));
        String forwarder = "+97148810000";
        String[] firms = {"Kestrel Avionics", "Obsidian Valves", "Marlowe Composites", "Tarragon Sensors"};
        for (int f = 0; f < firms.length; f++) {
            for (int r = 0; r < 2; r++) {
                records.add(new LinkRecord("fw" + f + "r" + r, firms[f], "Warehouse 9, Jebel Ali Free Zone", "AE",
                        "buy" + r + "@" + firms[f].replace(" ", "").toLowerCase() + ".com", forwarder, null, null, null));
            }
        }
        LinkResult result = LINKER.link(records);
        assertThat(result.hubs()).anyMatch(h -> h.kind() == HubKind.PHONE && h.value().equals(forwarder) && h.detected());
        Set<ActorId> actors = new java.util.HashSet<>();
        for (int f = 0; f < firms.length; f++) {
            actors.add(result.actorOf("fw" + f + "r0"));
        }
        assertThat(actors).as("four firms stay four actors").hasSize(4);
        assertThat(result.network().get("phone:" + forwarder)).containsAll(actors);
        assertThat(result.explain("fw0r0", "fw1r0").features()).filteredOn(w -> w.feature() == Feature.PHONE)
                .extracting(FeatureWeight::level).containsExactly("missing");
    }

    @Test
    void anOperatorListedHubCountsForNothing() {
        List<LinkRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        records.addAll(Fixtures.actors(3, 40, truth));
        records.add(new LinkRecord("x1", "Corvid Optics", null, "AE", null, "+971 4 770 0000", null, null, null));
        records.add(new LinkRecord("x2", "Halcyon Bearings", null, "AE", null, "+97147700000", null, null, null));
        HubList hubs = HubList.parse(List.of("# forwarders", "phone: 00971 4 770 0000  # Gulf Freight"));
        Linker linker = new Linker(LinkOptions.defaults(), new BasicNameNormaliser(true), new TokenJaroWinkler(), hubs);
        LinkResult result = linker.link(records);
        assertThat(result.actorOf("x1")).isNotEqualTo(result.actorOf("x2"));
        assertThat(result.hubs()).anyMatch(h -> h.value().equals("+97147700000") && !h.detected());
    }

    @Test
    void explainsWhichFeaturesLinkedTwoReports() {
        List<String> truth = new ArrayList<>();
        List<LinkRecord> records = Fixtures.actors(4, 80, truth);
        LinkResult result = LINKER.link(records);
        Explanation e = result.explain("a0r0", "a0r1");
        assertThat(e.linked()).isTrue();
        assertThat(e.features()).hasSize(Feature.values().length);
        double sum = e.priorWeight() + e.features().stream().mapToDouble(FeatureWeight::weight).sum();
        assertThat(e.totalWeight()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e.describe()).contains("a0r0").contains("NAME");
        Explanation apart = result.explain("a0r0", "a1r0");
        assertThat(apart.linked()).isFalse();
        assertThat(apart.probability()).isLessThan(e.probability());
    }

    @Test
    void manualMergeAndSplitWinOverTheModelAndSurviveReruns() {
        List<String> truth = new ArrayList<>();
        List<LinkRecord> records = Fixtures.actors(5, 60, truth);
        LinkResult first = LINKER.link(records);
        assertThat(first.actorOf("a1r0")).isNotEqualTo(first.actorOf("a2r0"));
        assertThat(first.actorOf("a3r0")).isEqualTo(first.actorOf("a3r1"));
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<ManualDecision> decisions = List.of(
                ManualDecision.merge("a1r0", "a2r0", "op", t, "same front per customs"),
                ManualDecision.split(Set.of("a3r0"), Set.of("a3r1"), "op", t, "different firms"));
        LinkResult second = LINKER.link(records, decisions, first.state());
        assertThat(second.actorOf("a1r0")).isEqualTo(second.actorOf("a2r0"));
        assertThat(second.actorOf("a1r1")).as("the whole actors are merged").isEqualTo(second.actorOf("a2r1"));
        assertThat(second.actorOf("a3r0")).isNotEqualTo(second.actorOf("a3r1"));
        LinkResult third = LINKER.link(records, decisions, second.state());
        assertThat(third.state().actors()).isEqualTo(second.state().actors());
    }

    @Test
    void theLaterOfTwoContradictingDecisionsWins() {
        List<String> truth = new ArrayList<>();
        List<LinkRecord> records = Fixtures.actors(6, 30, truth);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        LinkResult r = LINKER.link(records, List.of(
                ManualDecision.split(Set.of("a1r0"), Set.of("a2r0"), "op", t, "apart"),
                ManualDecision.merge("a1r0", "a2r0", "op", t.plusSeconds(60), "together after all")), LinkState.empty());
        assertThat(r.actorOf("a1r0")).isEqualTo(r.actorOf("a2r0"));
        assertThat(r.issues()).anyMatch(i -> i.message().contains("contradicts a newer decision"));
    }

    @Test
    void actorIdsAreStableAcrossRerunsAndAddedDataAndMergesLeaveAliases() {
        List<String> truth = new ArrayList<>();
        List<LinkRecord> records = Fixtures.actors(7, 60, truth);
        LinkResult first = LINKER.link(records);
        List<LinkRecord> more = new ArrayList<>(records);
        more.add(new LinkRecord("new1", "Entirely Novel Widgets", null, "DE", "x@novel-widgets.de", null, null, null, null));
        LinkResult second = LINKER.link(more, List.of(), first.state());
        for (LinkRecord r : records) {
            assertThat(second.actorOf(r.id())).as(r.id()).isEqualTo(first.actorOf(r.id()));
        }
        assertThat(second.actorOf("new1").sequence()).isGreaterThanOrEqualTo(first.state().nextSequence());
        ActorId a1 = first.actorOf("a1r0");
        ActorId a2 = first.actorOf("a2r0");
        LinkResult merged = LINKER.link(records, List.of(ManualDecision.merge("a1r0", "a2r0", "op", Instant.now(), "")),
                first.state());
        ActorId survivor = merged.actorOf("a1r0");
        assertThat(survivor).isIn(a1, a2);
        ActorId absorbed = survivor.equals(a1) ? a2 : a1;
        assertThat(merged.state().aliases().resolve(absorbed)).isEqualTo(survivor);
    }

    @Test
    void theClusterSizeGuardFlagsAGiantInsteadOfBuildingIt() {
        List<LinkRecord> records = new ArrayList<>();
        // one e-mail address quoted by forty records with the same name: looks like one actor to the model
        for (int i = 0; i < 40; i++) {
            records.add(new LinkRecord("g" + i, "Polaris Freight", null, "AE", "ops@polaris-freight.ae", null, null,
                    null, null));
        }
        List<String> truth = new ArrayList<>();
        records.addAll(Fixtures.actors(8, 30, truth));
        Linker small = new Linker(LinkOptions.defaults().withMaxClusterSize(10), new BasicNameNormaliser(true),
                new TokenJaroWinkler(), HubList.empty());
        LinkResult result = small.link(records);
        long biggest = result.state().actors().values().stream()
                .collect(java.util.stream.Collectors.groupingBy(a -> a, java.util.stream.Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(biggest).isLessThanOrEqualTo(10);
        assertThat(result.issues()).anyMatch(i -> i.message().startsWith("cluster-size guard") && i.recordId() != null
                && i.recordId().startsWith("g"));
    }

    @Test
    void rejectsDuplicateIdsNamingThem() {
        List<LinkRecord> records = List.of(LinkRecord.of("r1", "Alpha"), LinkRecord.of("r2", "Beta"),
                LinkRecord.of("r1", "Gamma"));
        assertThatThrownBy(() -> LINKER.link(records)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'r1'").hasMessageContaining("rows 1 and 3");
    }

    @Test
    void emptyAndTinyInputsWork() {
        assertThat(LINKER.link(List.of()).state().actors()).isEmpty();
        LinkResult one = LINKER.link(List.of(LinkRecord.of("only", "Solo Trading")));
        assertThat(one.actorOf("only")).isEqualTo(ActorId.of(1));
    }
}
