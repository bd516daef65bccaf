package io.blackbox.reports.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import io.blackbox.reports.ReportContent;
import io.blackbox.reports.ReportView;

/** Reports as CSV rows, safe to open in a spreadsheet. */
final class ReportCsv {

    private static final List<String> COLUMNS = List.of("id", "reporter", "reference", "sharing", "status", "receivedAt",
            "channel", "inquirer", "country", "emails", "phones", "websites", "eccns", "hsCodes", "redFlags", "action",
            "endUse", "narrative", "listHits");

    private ReportCsv() {
    }

    static void header(Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
    }

    static void row(Writer out, ReportView v) throws IOException {
        ReportContent c = v.content();
        ReportContent.Party p = c.inquirer();
        String reporter = v.reporter() == null ? "" : v.reporter().pseudonym() != null ? v.reporter().pseudonym()
                : v.reporter().organisation();
        List<String> cells = java.util.Arrays.asList(v.id().toString(), nz(reporter), nz(v.reference()), v.sharing(), v.status(),
                c.receivedAt().toString(), c.channel(), nz(p.name()), nz(p.normalised() == null ? null : p.normalised().country()),
                join(p.normalised() == null ? List.of() : p.normalised().emails()),
                join(p.normalised() == null ? List.of() : p.normalised().phones()),
                join(p.normalised() == null ? List.of() : p.normalised().domains()),
                c.items().stream().map(ReportContent.Item::eccn).filter(e -> e != null).collect(Collectors.joining("; ")),
                c.items().stream().map(ReportContent.Item::hsCode).filter(e -> e != null).collect(Collectors.joining("; ")),
                String.join("; ", c.redFlags()), c.action(), nz(c.endUse()), nz(c.narrative()),
                v.listHits() == null ? "" : v.listHits().stream().map(ReportView.ListHit::caption).collect(Collectors.joining("; ")));
        out.write(cells.stream().map(ReportCsv::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /**
     * A quoted cell. A value a spreadsheet would evaluate (starting with =, +, -, @, tab or carriage
     * return) gets a leading apostrophe, so an inquirer's "=HYPERLINK(...)" stays text (OWASP CSV injection).
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String join(List<String> values) {
        return String.join("; ", values);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
