package io.blackbox.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.blackbox.directory.RiskScore;
import org.junit.jupiter.api.Test;

class RiskModelTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    final RiskModel model = new RiskModel(Duration.ofDays(365));

    static ReportFacts facts(String country, String eccn, List<String> flags, String hitBand) {
        List<ReportFacts.Hit> hits = hitBand == null ? List.of() : List.of(new ReportFacts.Hit("x:1", "Listed", 0.8, hitBand));
        return new ReportFacts("organisation", List.of("Front Trading"), country, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(new ReportFacts.Item("d", eccn, null, null, null)), flags, hits,
                "declined", "email");
    }

    static List<RiskModel.Input> reports(int count, String... reporters) {
        List<RiskModel.Input> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new RiskModel.Input(reporters[i % reporters.length], TODAY,
                    facts("IR", "9A515", List.of("BIS-01", "BIS-02", "BIS-10", "BIS-13"), "review")));
        }
        return out;
    }

    @Test
    void holdsOneMembersReportsJustBelowHigh() {
        RiskScore r = model.score(reports(6, "m1"), TODAY);
        assertThat(r.band()).isEqualTo("review");
        assertThat(r.score()).isEqualTo(RiskScore.HIGH - 1);
        assertThat(r.factors()).anySatisfy(f -> {
            assertThat(f.factor()).isEqualTo("single-reporter");
            assertThat(f.points()).isNegative();
        });
    }

    @Test
    void independentReportersLiftTheCap() {
        RiskScore r = model.score(reports(6, "m1", "m2"), TODAY);
        assertThat(r.band()).isEqualTo("high");
        assertThat(r.factors()).noneMatch(f -> f.factor().equals("single-reporter"));
    }

    @Test
    void aListMatchIsEvidenceBeyondTheReporter() {
        List<RiskModel.Input> one = List.of(new RiskModel.Input("m1", TODAY,
                facts("IR", "9A515", List.of("BIS-01", "BIS-02", "BIS-10"), "match")));
        RiskScore r = model.score(one, TODAY);
        assertThat(r.band()).isEqualTo("high");
    }

    @Test
    void factorsAddUpToTheScore() {
        for (List<RiskModel.Input> in : List.of(reports(1, "a"), reports(3, "a", "b"), reports(9, "a", "b", "c"))) {
            RiskScore r = model.score(in, TODAY.plusYears(2));
            double sum = r.factors().stream().mapToDouble(RiskScore.Factor::points).sum();
            assertThat(sum).isCloseTo(r.score(), org.assertj.core.data.Offset.offset(0.6));
        }
    }

    @Test
    void reportsLoseHalfTheirWeightEachHalfLife() {
        List<RiskModel.Input> in = List.of(new RiskModel.Input("a", TODAY, facts("DE", "2B001", List.of("BIS-02"), null)));
        RiskScore fresh = model.score(in, TODAY);
        RiskScore old = model.score(in, TODAY.plusDays(365));
        assertThat(old.score()).isCloseTo(fresh.score() / 2, org.assertj.core.data.Offset.offset(1));
        assertThat(old.factors()).anyMatch(f -> f.factor().equals("recency"));
    }

    @Test
    void sensitivityFollowsTheControlCategory() {
        assertThat(RiskModel.sensitivity("EAR99")).isZero();
        assertThat(RiskModel.sensitivity(null)).isZero();
        assertThat(RiskModel.sensitivity("0B001")).isEqualTo(15);
        assertThat(RiskModel.sensitivity("9A515")).isEqualTo(15);
        assertThat(RiskModel.sensitivity("2B001")).isEqualTo(12);
        assertThat(RiskModel.sensitivity("3A001")).isEqualTo(8);
    }

    @Test
    void aListedNeighbourAddsTheNetworkFactor() {
        List<RiskModel.Input> in = List.of(new RiskModel.Input("a", TODAY, facts("DE", "EAR99", List.of(), null)));
        RiskScore alone = model.score(in, 0, TODAY);
        RiskScore near = model.score(in, 2, TODAY);
        assertThat(near.score() - alone.score()).isEqualTo(8);
        assertThat(near.factors()).anySatisfy(f -> assertThat(f.detail()).contains("2 actors"));
    }

    @Test
    void nothingToScoreIsLow() {
        assertThat(model.score(List.of(), TODAY).band()).isEqualTo("low");
    }
}
