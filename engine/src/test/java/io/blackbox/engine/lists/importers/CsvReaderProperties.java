package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.PartialDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Randomised checks beside the exact ones: whatever RFC 4180 can write, the reader reads back. */
class CsvReaderProperties {

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.strings().withChars("ab ,\"\n\r\té€ü;|").ofMaxLength(12);
    }

    @Property(tries = 300)
    void readsBackQuotedRecords(
            @ForAll @Size(min = 1, max = 4) List<@Size(min = 1, max = 6) List<@From("fields") String>> records) {
        StringBuilder csv = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                csv.append(i == 0 ? "" : ",").append('"').append(record.get(i).replace("\"", "\"\"")).append('"');
            }
            csv.append("\r\n");
        }
        List<CsvReader.Row> rows = new CsvReader(csv.toString(), ',', 1000).readAll();
        assertThat(rows).hasSize(records.size());
        for (int i = 0; i < records.size(); i++) {
            assertThat(rows.get(i).problem()).isNull();
            assertThat(rows.get(i).fields()).isEqualTo(records.get(i));
        }
    }

    @Property(tries = 300)
    void partialDatesSurviveFormattingAndParsing(@ForAll @IntRange(min = 1000, max = 2999) int year,
                                                 @ForAll @IntRange(min = 0, max = 12) int month,
                                                 @ForAll @IntRange(min = 0, max = 28) int day) {
        PartialDate d = new PartialDate(year, month, month == 0 ? 0 : day);
        assertThat(Dates.parse(d.toString(), Dates.SlashOrder.DAY_FIRST)).containsExactly(d);
    }
}
