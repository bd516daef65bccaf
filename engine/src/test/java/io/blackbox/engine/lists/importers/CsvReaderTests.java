package io.blackbox.engine.lists.importers;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTests {

    @Test
    void followsRfc4180QuotingAndCountsPhysicalLines() {
        CsvReader r = new CsvReader("a,\"b,c\",\"d \"\"e\"\"\"\r\n\r\n\"multi\nline\",x\ny", ',', 100);
        CsvReader.Row first = r.next();
        assertThat(first.fields()).containsExactly("a", "b,c", "d \"e\"");
        assertThat(first.line()).isEqualTo(1);
        CsvReader.Row second = r.next();
        assertThat(second.fields()).containsExactly("multi\nline", "x");
        assertThat(second.line()).isEqualTo(3);
        CsvReader.Row third = r.next();
        assertThat(third.line()).isEqualTo(5);
        assertThat(third.fields()).containsExactly("y");
        assertThat(r.next()).isNull();
    }

    @Test
    void keepsEmptyTrailingFieldsAndStrayQuotesInsideUnquotedFields() {
        List<CsvReader.Row> rows = new CsvReader("a,,\nO\"Brien,2\n", ',', 100).readAll();
        assertThat(rows.getFirst().fields()).containsExactly("a", "", "");
        assertThat(rows.get(1).fields()).containsExactly("O\"Brien", "2");
    }

    @Test
    void readsTabSeparatedQuotedFields() {
        CsvReader.Row row = new CsvReader("\"Name\"\t\"City\"\n", '\t', 100).next();
        assertThat(row.fields()).containsExactly("Name", "City");
    }

    @Test
    void rejectsAQuoteAsDelimiterAndANonPositiveLimit() {
        assertThatThrownBy(() -> new CsvReader("", '"', 10)).hasMessageContaining("delimiter");
        assertThatThrownBy(() -> new CsvReader("", ',', 0)).hasMessageContaining("maxFieldChars 0");
    }
}
