package io.blackbox.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading uploaded files row by row. */
class RowSourceTests {

    @TempDir
    Path dir;

    @Test
    void jsonLinesTakeApiObjectsFlatObjectsAndReportUnreadableLines() throws IOException {
        Path f = dir.resolve("r.jsonl");
        Files.writeString(f, """
                {"receivedAt": "2026-01-05", "channel": "email", "inquirer": {"name": "A"}, "action": "declined"}
                {"receivedAt": "2026-01-05", "inquirer.name": "B"}

                not json
                {"receivedAt": "2026-01-05", "inquirer": {"name": "C"}, "surprise": 1}
                """, StandardCharsets.UTF_8);
        List<RowSource.SourceRow> rows = new ArrayList<>();
        try (RowSource s = RowSource.open(RowSource.Format.JSONL, f)) {
            s.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).submission().inquirer().name()).isEqualTo("A");
        assertThat(rows.get(1).cells()).containsEntry("inquirer.name", "B");
        assertThat(rows.get(2).number()).isEqualTo(4);
        assertThat(rows.get(2).unreadable()).isEqualTo("not a JSON object");
        assertThat(rows.get(3).unreadable()).startsWith("not a report").doesNotContain("io.blackbox", "tools.jackson");
    }

    @Test
    void csvRowsAreNumberedAsInASpreadsheetAndNeutralisedFormulasComeBack() throws IOException {
        Path f = dir.resolve("r.csv");
        Files.writeString(f, "\uFEFFname,note\nA,\"two\nlines\"\n\nB,'=1+2\nC,x,extra\n", StandardCharsets.UTF_8);
        List<RowSource.SourceRow> rows = new ArrayList<>();
        try (RowSource s = RowSource.open(RowSource.Format.CSV, f)) {
            assertThat(s.columns()).containsExactly("name", "note");
            s.forEachRemaining(rows::add);
        }
        assertThat(rows).extracting(RowSource.SourceRow::number).containsExactly(2, 4, 5);
        assertThat(rows.get(1).cells()).containsEntry("note", "=1+2");
        assertThat(rows.get(2).unreadable()).contains("3 cells");
    }
}
