package io.blackbox.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EngineCliTests {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            return EngineCli.run(args);
        } finally {
            System.setErr(oldErr);
        }
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scorePairsRepeatsEveryRowAndAddsScoreAndMatch() throws IOException {
        Path in = dir.resolve("p.tsv");
        Path out = dir.resolve("o.tsv");
        Files.writeString(in, "id\tname1\tname2\tschema\textra\n"
                + "1\tVladimir Putin\tPUTIN, Vladimir Vladimirovich\tPerson\t\"{\"\"a\"\": 1}\"\n"
                + "2\tSiemens AG\tBanco Nacional de Cuba\tCompany\tx\n"
                + "3\tВладимир Путин\tVladimir Putin\t\ty\n");
        assertThat(run("score-pairs", "--input", in.toString(), "--output", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("id\tname1\tname2\tschema\textra\tscore\tmatch");
        assertThat(lines.get(1)).startsWith("1\tVladimir Putin\tPUTIN, Vladimir Vladimirovich\tPerson\t\"{\"\"a\"\": 1}\"\t").endsWith("\ttrue");
        assertThat(lines.get(2)).startsWith("2\tSiemens AG\t").endsWith("\tfalse");
        assertThat(lines.get(3)).endsWith("\ttrue");
        for (String l : lines.subList(1, 4)) {
            double score = Double.parseDouble(l.split("\t")[5]);
            assertThat(score).isBetween(0.0, 1.0);
        }
    }

    @Test
    void scorePairsListsBadRowsAndScoresTheRest() throws IOException {
        Path in = dir.resolve("p.tsv");
        Path out = dir.resolve("o.tsv");
        byte[] bad = {'\t', 'x', (byte) 0xC3, (byte) 0x28, '\t', 'y', '\n'};
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("name1\tname2\n\tempty\n!!!\tpunctuation\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(("a".repeat(10_000) + "\tlong\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[]{'x', (byte) 0xC3, (byte) 0x28, '\t', 'y', '\n'});
        b.writeBytes("only one field\nJohn Smith\tJon Smith\n".getBytes(StandardCharsets.UTF_8));
        Files.write(in, b.toByteArray());
        assertThat(run("score-pairs", "--input", in.toString(), "--output", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("name1\tname2\tscore\tmatch\terror");
        assertThat(lines.get(1)).contains("line 2: name1: name is empty");
        assertThat(lines.get(2)).contains("line 3: name1: name '!!!' has no letters or digits");
        assertThat(lines.get(3)).contains("line 4: name1: name is 10000 characters long");
        assertThat(lines.get(4)).contains("line 5: invalid UTF-8");
        assertThat(lines.get(5)).contains("line 6: has 1 fields");
        assertThat(lines.get(6)).startsWith("John Smith\tJon Smith\t").endsWith("\ttrue\t");
        assertThat(err()).contains("5 rows could not be scored");
        assertThat(bad).isNotEmpty();
    }

    @Test
    void scorePairsRefusesAWrongHeader() throws IOException {
        Path in = dir.resolve("p.csv");
        Files.writeString(in, "name1,name2\nA,B\n");
        assertThat(run("score-pairs", "--input", in.toString(), "--output", dir.resolve("o.tsv").toString())).isEqualTo(2);
        assertThat(err()).contains("line 1").contains("name1 and name2").contains("comma-separated");
    }

    @Test
    void screensAgainstCustomListsWithRankedHits() throws IOException {
        Path list = dir.resolve("l.csv");
        Files.writeString(list, "id,name,aliases,type,country,dob,address\n"
                + "L1,\"PUTIN, Vladimir Vladimirovich\",Владимир Путин|Vladimir Poutine,Person,RU,1952-10-07,Moscow\n"
                + "L2,Acme Trading LLC,,Company,AE,,\n"
                + "L3,Acme Holding GmbH,,Company,DE,,\n");
        Path q = dir.resolve("q.csv");
        Files.writeString(q, "id,name,type,country,dob,address\n"
                + "q1,Vladimir Putin,Person,RU,1952,\n"
                + "q2,\"ACME TRADING, L.L.C.\",Company,,,\n"
                + "q3,,,,,\n"
                + "q4,Zzyzx Qwerty,,,,\n"
                + "q5,!!! ???,,,,\n");
        Path out = dir.resolve("h.csv");
        assertThat(run("screen", "--input", q.toString(), "--output", out.toString(), "--list", list.toString(), "--limit", "2")).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("query_id,rank,entity_id,name,score,match,error");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("q1,1,L1,\"PUTIN, Vladimir Vladimirovich\",").endsWith(",true,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("q2,1,L2,Acme Trading LLC,").endsWith(",true,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("q3,,,,,false,").contains("line 4: field name: name is empty"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).startsWith("q4,1,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("q5,,,,,false,").contains("line 6: field name:")
                .contains("has no letters or digits"));
        assertThat(lines.stream().filter(l -> l.startsWith("q2,")).count()).isLessThanOrEqualTo(2);
    }

    @Test
    void screenRefusesAWrongHeader() throws IOException {
        Path q = dir.resolve("q.tsv");
        Files.writeString(q, "id\tname\nq1\tJohn\n");
        Path list = dir.resolve("l.csv");
        Files.writeString(list, "id,name\nL1,John Smith\n");
        assertThat(run("screen", "--input", q.toString(), "--output", dir.resolve("h.csv").toString(), "--list", list.toString())).isEqualTo(2);
        assertThat(err()).contains("line 1").contains("id and name").contains("tab-separated");
    }
}
