package io.blackbox.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ActorViewTests {

    static ActorView full() {
        LocalDate day = LocalDate.of(2026, 3, 4);
        return new ActorView("A7", "Orion Tech FZE",
                List.of(new ActorView.Counted("Orion Tech FZE", 3), new ActorView.Counted("Orion Technology", 1)),
                "organisation", List.of("AE", "IR"),
                new ActorView.Identifiers(List.of("sales@orion.example"), List.of("+97140000000"), List.of("orion.example"),
                        List.of(), List.of("PO Box 1, Dubai"), List.of()),
                List.of(new ActorView.ItemSought("2B001", "Machine tools", List.of("5-axis machining centre"), 2),
                        new ActorView.ItemSought(null, null, List.of("spare parts"), 1)),
                List.of(new ActorView.Counted("BIS-02", 2)), 2, 4, day, day.plusDays(30),
                List.of(new ActorView.ListHit("ofac-123", "ORION TECH", 0.91, "match")), List.of(), List.of(),
                new RiskScore(64, "high", List.of(new RiskScore.Factor("reporters", 20, "2 independent members"))),
                null);
    }

    @Test
    void aViewForScreeningKeepsWhatAPooledHitShowsAndLeavesTheRestOut() {
        ActorView v = full();
        ActorView s = v.forScreening();

        assertThat(PooledActors.summary(s)).isEqualTo(PooledActors.summary(v));
        assertThat(s).extracting(ActorView::id, ActorView::name, ActorView::names, ActorView::kind, ActorView::countries,
                        ActorView::redFlags, ActorView::independentReporters, ActorView::reports, ActorView::firstSeen,
                        ActorView::lastSeen)
                .containsExactly(v.id(), v.name(), v.names(), v.kind(), v.countries(), v.redFlags(),
                        v.independentReporters(), v.reports(), v.firstSeen(), v.lastSeen());
        assertThat(s.items()).containsExactly(new ActorView.ItemSought("2B001", null, null, 2));
        assertThat(s.listHits()).extracting(ActorView.ListHit::entityId).containsExactly("ofac-123");
        assertThat(s.risk().score()).isEqualTo(64);
        assertThat(s.risk().band()).isEqualTo("high");
        assertThat(s.risk().factors()).isEmpty();
        assertThat(s.identifiers()).isNull();
        assertThat(s.linkedActors()).isNull();
        assertThat(s.reportRefs()).isNull();
    }
}
