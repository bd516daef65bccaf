package io.blackbox.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ColumnMappingTests {

    @Test
    void columnsNamedLikeAFieldNeedNoMapping() {
        ColumnMapping m = new ColumnMapping(Map.of());
        for (String column : List.of("inquirer.name", "Inquirer Name", "INQUIRER_NAME", "inquirer-name", " inquirer\tname ")) {
            assertThat(m.fieldOf(column)).as(column).isEqualTo("inquirer.name");
        }
        assertThat(m.fieldOf("item.hsCode")).isEqualTo("item.hsCode");
        assertThat(m.fieldOf("HS code")).isEqualTo("item.hsCode");
        assertThat(m.fieldOf("phone")).isEqualTo("inquirer.phones");
        assertThat(m.fieldOf("favourite colour")).isNull();
    }

    @Test
    void anExplicitMappingWinsAndIgnoreFeedsNothing() {
        ColumnMapping m = new ColumnMapping(Map.of("Kunde", "inquirer.name", "name", "ignore"));
        assertThat(m.fieldOf("Kunde")).isEqualTo("inquirer.name");
        assertThat(m.fieldOf(" Kunde ")).isEqualTo("inquirer.name");
        assertThat(m.fieldOf("name")).isNull();
        assertThat(m.unmapped(List.of("Kunde", "name", "Notiz"))).containsExactly("Notiz");
    }

    @Test
    void resolvingTheSameColumnsFromManyThreadsGivesTheSameFields() {
        ColumnMapping m = new ColumnMapping(Map.of("Land", "inquirer.country"));
        List<String> columns = new ArrayList<>(List.of("Land", "receivedAt", "Inquirer Name", "narrative", "nothing"));
        Map<String, String> once = new LinkedHashMap<>();
        columns.forEach(c -> once.put(c, String.valueOf(m.fieldOf(c))));
        IntStream.range(0, 10_000).parallel().forEach(i -> {
            String c = columns.get(i % columns.size());
            assertThat(String.valueOf(m.fieldOf(c))).isEqualTo(once.get(c));
        });
        assertThat(once).containsEntry("Land", "inquirer.country").containsEntry("nothing", "null");
    }
}
