package io.blackbox.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LinkCommandTests {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new LinkCommand());
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Map<String, String> clusters(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,cluster");
        Map<String, String> m = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            m.put(f[0], f[1]);
        }
        return m;
    }

    @Test
    void writesOneClusterPerInputRowAndLinksTheSameActor() throws IOException {
        Path in = dir.resolve("r.csv");
        Files.writeString(in, """
                id,name,address,country,email,phone,website,identifier,dob
                1,Alpha Tech Trading LLC,"12 Sheikh Zayed Road, Dubai",AE,sales@alphatech.ae,+971 4 555 0101,www.alphatech.ae,,
                2,ALPHA TECH TRADING FZE,"12 Sheikh Zayed Rd, Dubai",UAE,SALES@ALPHATECH.AE,00971 4 555 0101,,,
                3,Alpha-Tech Trading,,ARE,,04 555 0101,alphatech.ae,,
                4,Zenith Metals GmbH,"Hauptstrasse 5, Berlin",DE,info@zenith-metals.de,+49 30 1234567,,HRB 12345,
                5,Zenith Metals,"Hauptstr. 5, Berlin",Germany,info@zenith-metals.de,,,HRB12345,
                6,Quokka Hydraulics,1 Nowhere Lane,AU,q@quokka.au,,,,
                """);
        Path out = dir.resolve("c.csv");
        assertThat(run("--input", in.toString(), "--output", out.toString())).isZero();
        Map<String, String> c = clusters(out);
        assertThat(c).hasSize(6);
        assertThat(c.get("1")).isEqualTo(c.get("2")).isEqualTo(c.get("3"));
        assertThat(c.get("4")).isEqualTo(c.get("5"));
        assertThat(c.get("1")).isNotEqualTo(c.get("4"));
        assertThat(c.get("6")).isNotIn(c.get("1"), c.get("4"));
        assertThat(Files.readAllLines(out)).hasSize(7);
    }

    @Test
    void acceptsTheMinimalHeaderAndColumnsInAnyOrder() throws IOException {
        Path in = dir.resolve("r.csv");
        Files.writeString(in, "name,id\nAlpha,a\nBeta,b\n");
        Path out = dir.resolve("sub/c.csv");
        assertThat(run("--input", in.toString(), "--output", out.toString())).isZero();
        assertThat(clusters(out)).containsOnlyKeys("a", "b");
    }

    @Test
    void refusesAHeaderWithoutIdOrName() throws IOException {
        Path in = dir.resolve("r.csv");
        Files.writeString(in, "identifier,title\n1,x\n");
        assertThat(run("--input", in.toString(), "--output", dir.resolve("c.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'id' and 'name'");
        assertThat(dir.resolve("c.csv")).doesNotExist();
    }

    @Test
    void refusesAMissingInputFile() {
        assertThat(run("--input", dir.resolve("nope.csv").toString(), "--output", dir.resolve("c.csv").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("nope.csv");
    }

    @Test
    void warnsAboutBadRowsByRowAndIdAndKeepsEveryRow() throws IOException {
        Path in = dir.resolve("r.csv");
        Files.writeString(in, """
                id,name,email,phone
                r1,Alpha,not-an-email,+971 4 555 0101
                r2,Beta,b@beta.com,call me
                r1,Alpha Again,,
                r4,,,
                ,Nameless Id,,
                """);
        Path out = dir.resolve("c.csv");
        assertThat(run("--input", in.toString(), "--output", out.toString())).isZero();
        String e = err.toString();
        assertThat(e).contains("record 'r1'").contains("not-an-email");
        assertThat(e).contains("record 'r2'").contains("call me");
        assertThat(e).contains("duplicate id 'r1' in rows 1 and 3");
        assertThat(e).contains("record 'r4'").contains("no usable field");
        assertThat(e).contains("row 5").contains("no id");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1).split(",")[1]).as("both r1 rows in one actor").isEqualTo(lines.get(3).split(",")[1]);
        assertThat(lines.get(5)).startsWith(",A");
    }

    @Test
    void aHubListKeepsFirmsQuotingTheSameForwarderApart() throws IOException {
        Path in = dir.resolve("r.csv");
        Files.writeString(in, """
                id,name,phone,address
                1,Corvid Optics,+971 4 770 0000,"Warehouse 9, Jebel Ali"
                2,Halcyon Bearings,+971 4 770 0000,"Warehouse 9, Jebel Ali"
                """);
        Path hubs = dir.resolve("hubs.txt");
        Files.writeString(hubs, "phone: +97147700000\naddress: Warehouse 9, Jebel Ali\n");
        Path out = dir.resolve("c.csv");
        assertThat(run("--input", in.toString(), "--output", out.toString(), "--hubs", hubs.toString())).isZero();
        Map<String, String> c = clusters(out);
        assertThat(c.get("1")).isNotEqualTo(c.get("2"));
    }
}
