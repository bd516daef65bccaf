package io.blackbox.engine.lists;

import io.blackbox.engine.lists.ListDelta.FieldChange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListDeltaTests {

    private static List<ListEntity> sdn(String file) {
        ImportResult r = ListImporters.read(ListFormat.OFAC_SDN, SharedData.files("ofac-sdn-daily-2024", file)).getFirst();
        assertThat(r.hasErrors()).isFalse();
        return r.entities();
    }

    @Test
    void findsTheRealRemovalsOfThirdMay2024() {
        List<ListEntity> may2 = sdn("sdn-2024-05-02.csv");
        List<ListEntity> may3 = sdn("sdn-2024-05-03.csv");
        assertThat(may2).hasSize(14973);
        assertThat(may3).hasSize(14965);
        ListDelta delta = ListDelta.between(may2, may3);
        // found by diffing the two files: Emperor Aviation Ltd (Malta) and seven of its business jets were delisted
        assertThat(delta.removed()).extracting(ListEntity::sourceId)
                .containsExactly("38556", "38557", "38558", "38559", "38560", "38563", "38565", "38566");
        assertThat(delta.removed()).extracting(ListEntity::caption)
                .containsExactly("EMPEROR AVIATION LTD", "9H-AMN", "9H-ARK", "9H-EAA", "9H-MAO", "9H-SIS", "9H-SSK", "9H-TIO");
        assertThat(delta.removed()).allMatch(e -> e.programs().contains("RUSSIA-EO14024"));
        assertThat(delta.added()).isEmpty();
        assertThat(delta.changed()).isEmpty();
    }

    @Test
    void findsAdditionsAndFieldChangesBetweenFebruaryAndMay() {
        ListDelta delta = ListDelta.between(sdn("sdn-2024-02-27.csv"), sdn("sdn-2024-05-02.csv"));
        assertThat(delta.added().size() - delta.removed().size()).isEqualTo(14973 - 14506);
        assertThat(delta.changed()).isNotEmpty();
        assertThat(delta.changed()).allSatisfy(c -> assertThat(c.fields()).isNotEmpty());
    }

    @Test
    void reportsEachChangedFieldWithOldAndNewValue() {
        ListEntity before = new ListEntity("custom-x", "1", Schema.PERSON,
                List.of(EntityName.primary("Ivan Petrov"), EntityName.alias("Vanya")), List.of(), List.of("RU"),
                List.of(new PartialDate(1970, 0, 0)), List.of(), List.of("A"), "old");
        ListEntity after = new ListEntity("custom-x", "1", Schema.PERSON,
                List.of(EntityName.primary("Ivan Petrov"), EntityName.weakAlias("Vanya")), List.of(), List.of("RU", "BY"),
                List.of(new PartialDate(1970, 0, 0)), List.of(), List.of("A"), "new");
        ListEntity reordered = new ListEntity("custom-x", "2", Schema.PERSON,
                List.of(EntityName.primary("B"), EntityName.alias("C")), List.of(), List.of(), List.of(), List.of(),
                List.of(), null);
        ListEntity reorderedAfter = new ListEntity("custom-x", "2", Schema.PERSON,
                List.of(EntityName.alias("C"), EntityName.primary("B")), List.of(), List.of(), List.of(), List.of(),
                List.of(), null);
        ListDelta delta = ListDelta.between(List.of(before, reordered), List.of(after, reorderedAfter));
        assertThat(delta.changed()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("custom-x:1");
            assertThat(c.fields()).containsExactly(
                    new FieldChange("names", "Vanya (alias)", null),
                    new FieldChange("names", null, "Vanya (weak_alias)"),
                    new FieldChange("countries", null, "BY"),
                    new FieldChange("remarks", "old", "new"));
        });
        assertThat(ListDelta.between(List.of(before), List.of(before)).isEmpty()).isTrue();
    }

    @Test
    void refusesAVersionHoldingAnIdTwice() {
        ListEntity e = new ListEntity("custom-x", "1", Schema.PERSON, List.of(EntityName.primary("A")), List.of(),
                List.of(), List.of(), List.of(), List.of(), null);
        assertThatThrownBy(() -> ListDelta.between(List.of(e, e), List.of()))
                .hasMessageContaining("custom-x:1 twice");
    }
}
