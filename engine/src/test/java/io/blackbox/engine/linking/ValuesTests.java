package io.blackbox.engine.linking;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTests {

    @Test
    void aliasesResolveThroughChainsAndRefuseLoops() {
        AliasMap m = AliasMap.empty().with(ActorId.of(3), ActorId.of(2)).with(ActorId.of(2), ActorId.of(1));
        assertThat(m.resolve(ActorId.of(3))).isEqualTo(ActorId.of(1));
        assertThat(m.resolve(ActorId.of(9))).isEqualTo(ActorId.of(9));
        assertThatThrownBy(() -> m.with(ActorId.of(1), ActorId.of(3))).hasMessageContaining("loop");
        assertThat(AliasMap.of(Map.of(ActorId.of(5), ActorId.of(4))).resolve(ActorId.of(5))).isEqualTo(ActorId.of(4));
    }

    @Test
    void valuesRejectBadInputNamingIt() {
        assertThatThrownBy(() -> new ActorId("X1")).hasMessageContaining("'X1'");
        assertThatThrownBy(() -> LinkRecord.of(" ", "Alpha")).hasMessageContaining("Alpha");
        assertThatThrownBy(() -> LinkOptions.defaults().withThreshold(1.5)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> ManualDecision.split(Set.of("a"), Set.of("a"), "op", Instant.EPOCH, ""))
                .hasMessageContaining("record a");
        assertThatThrownBy(() -> new LinkState(Map.of(), AliasMap.empty(), 0)).hasMessageContaining("nextSequence 0");
    }

    @Test
    void hubListReadsKindsNormalisesValuesAndNamesBadLines() {
        HubList list = HubList.parse(List.of("# shared", "phone: +971 4 555 0100", "domain: https://www.Regus.com/x",
                "email: OPS@gulf-freight.ae", "address: Office 12, Business Bay Street"));
        assertThat(list.size()).isEqualTo(4);
        assertThat(list.contains(HubKind.PHONE, "0097145550100")).isTrue();
        assertThat(list.contains(HubKind.DOMAIN, "regus.com")).isTrue();
        assertThat(list.contains(HubKind.ADDRESS, "office 12 business bay st")).isTrue();
        assertThatThrownBy(() -> HubList.parse(List.of("phone: +971", "fax: 1"))).hasMessageContaining("line 1");
        assertThatThrownBy(() -> HubList.parse(List.of("fax: 12345678"))).hasMessageContaining("line 1")
                .hasMessageContaining("FAX");
    }

    @Test
    void modelParametersCheckTheirShape() {
        assertThatThrownBy(() -> new ModelParameters(0.5, new double[1][], new double[1][]))
                .hasMessageContaining("one row per feature");
    }
}
