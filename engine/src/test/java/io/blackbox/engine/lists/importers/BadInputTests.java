package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.ImportIssue;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListImporters;
import io.blackbox.engine.lists.ListInput;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of broken input yields issues naming file, place and reason; the valid rest is kept. */
class BadInputTests {
    private static final String SDN_OK = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

    private static ImportResult one(ListFormat f, String name, byte[] bytes) {
        return one(f, name, bytes, ImportLimits.defaults());
    }

    private static ImportResult one(ListFormat f, String name, byte[] bytes, ImportLimits limits) {
        return ListImporters.readInputs(f, List.of(new ListInput(name, bytes)), limits, "custom-test").getFirst();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static ImportIssue onlyError(ImportResult r) {
        List<ImportIssue> errors = r.issues().stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR).toList();
        assertThat(errors).hasSize(1);
        return errors.getFirst();
    }

    @Test
    void truncatedOfacRowIsAnErrorAndTheOtherRowsAreKept() {
        String text = SDN_OK + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\"\r\n"
                + "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a";
        ImportResult r = one(ListFormat.OFAC_SDN, "sdn.csv", utf8(text));
        assertThat(r.entities()).extracting(e -> e.sourceId()).containsExactly("36", "306");
        ImportIssue e = onlyError(r);
        assertThat(e.file()).isEqualTo("sdn.csv");
        assertThat(e.location()).isEqualTo("row 2");
        assertThat(e.reason()).contains("4 columns, expected 12").contains("truncated");
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void defaultPolicyRejectsAVersionWithErrorsAndKeepsOneWithWarnings() {
        ImportResult bad = one(ListFormat.OFAC_SDN, "sdn.csv", utf8(SDN_OK + "173,\"X\"\r\n"));
        assertThatThrownBy(() -> ListImporters.requireNoErrors(List.of(bad)))
                .isInstanceOf(io.blackbox.engine.lists.ListRejectedException.class)
                .hasMessageContaining("list us-ofac-sdn rejected, 1 error").hasMessageContaining("sdn.csv row 2");
        ImportResult warned = one(ListFormat.OFAC_SDN, "sdn.csv",
                utf8(SDN_OK.replace("\"CUBA\",-0- ", "\"CUBA\",-0- ").replace("-0- \r\n", "\"nationality Atlantis\"\r\n")));
        assertThat(warned.warnings()).hasSize(1);
        assertThat(ListImporters.requireNoErrors(List.of(warned))).containsExactly(warned);
    }

    @Test
    void rowWithTooManyColumnsIsAnError() {
        ImportResult r = one(ListFormat.BIS_MIEU, "mieu.csv", utf8("""
                Type,Name,Alias,Country,Topics,Program,Date,End date,Source URL
                Organization,Directorate of Military Intelligence,DIM,CU,export.control,US-BIS-MIEU,2021-03-16,,x,EXTRA
                Organization,Main Intelligence Directorate,GRU,RU,export.control,US-BIS-MIEU,2021-03-16,,x
                """));
        assertThat(r.entities()).hasSize(1);
        ImportIssue e = onlyError(r);
        assertThat(e.location()).isEqualTo("row 2");
        assertThat(e.reason()).contains("10 columns, the header has 9");
    }

    @Test
    void invalidUtf8IsAnErrorNamingLineAndOffsetInUtf8Formats() {
        byte[] bytes = utf8("id,name\n1,Alpha\n2,B?ta\n");
        bytes[bytes.length - 4] = (byte) 0xE9; // Latin-1 é inside a UTF-8 file
        ImportResult r = one(ListFormat.CUSTOM_CSV, "members.csv", bytes);
        ImportIssue e = onlyError(r);
        assertThat(e.location()).isEqualTo("line 3");
        assertThat(e.reason()).contains("not valid UTF-8").contains("0xe9").contains("offset 19");
        assertThat(r.entities()).hasSize(2);
    }

    @Test
    void legacyOfacFileInWindows1252IsReadWithAWarning() {
        byte[] bytes = (SDN_OK.replace("AEROCARIBBEAN", "AERO CARIBE\u00d1O")).getBytes(TextDecoder.WINDOWS_1252);
        ImportResult r = one(ListFormat.OFAC_SDN, "sdn.csv", bytes);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.entities().getFirst().caption()).isEqualTo("AERO CARIBE\u00d1O AIRLINES");
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(ImportIssue.Severity.WARNING);
            assertThat(i.reason()).contains("windows-1252");
        });
    }

    @Test
    void latin1MojibakeIsRepairedWithAWarningNamingTheRow() {
        // "Müller" written as UTF-8, read as Latin-1, written again as UTF-8
        String mojibake = new String("Müller".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        ImportResult r = one(ListFormat.CUSTOM_CSV, "members.csv", utf8("id,name\n1," + mojibake + " GmbH\n2,Café Noir\n"));
        assertThat(r.entities().getFirst().names()).containsExactly(EntityName.primary("Müller GmbH"));
        assertThat(r.entities().get(1).caption()).isEqualTo("Café Noir");
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.location()).isEqualTo("row 2");
            assertThat(i.reason()).contains("mojibake").contains("Müller GmbH");
        });
    }

    @Test
    void xmlWithDoctypeIsRefused() {
        ImportResult r = one(ListFormat.UN_XML, "un.xml", utf8("""
                <?xml version="1.0"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x "boom">]>
                <CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>
                """));
        ImportIssue e = onlyError(r);
        assertThat(e.file()).isEqualTo("un.xml");
        assertThat(e.reason()).contains("DOCTYPE").contains("XXE");
        assertThat(r.entities()).isEmpty();
    }

    @Test
    void xmlExternalEntityIsRefusedAndNothingIsRead() {
        ImportResult r = one(ListFormat.UN_XML, "un.xml", utf8("""
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME>
                <REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
                """));
        assertThat(onlyError(r).reason()).contains("DOCTYPE");
        assertThat(r.entities()).isEmpty();
    }

    @Test
    void undeclaredEntityReferenceIsRefused() {
        ImportResult r = one(ListFormat.UN_XML, "un.xml", utf8(
                "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"));
        assertThat(onlyError(r).reason()).containsIgnoringCase("entity");
        assertThat(r.entities()).isEmpty();
    }

    @Test
    void gzipBombIsStoppedAtTheDecompressionLimit() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        byte[] bomb = bos.toByteArray();
        assertThat(bomb.length).isLessThan(100_000);
        ImportLimits limits = new ImportLimits(8L * 1024 * 1024, ImportLimits.DEFAULT_MAX_FIELD_CHARS,
                ImportLimits.DEFAULT_MAX_INPUT_BYTES);
        ImportResult r = one(ListFormat.OFAC_SDN, "sdn.csv.gz", bomb, limits);
        ImportIssue e = onlyError(r);
        assertThat(e.file()).isEqualTo("sdn.csv");
        assertThat(e.reason()).contains("beyond the limit of 8388608 bytes").contains("gzip bomb");
        assertThat(r.entities()).isEmpty();
    }

    @Test
    void gzipInputWithinTheLimitIsRead() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(utf8(SDN_OK));
        }
        ImportResult r = one(ListFormat.OFAC_SDN, "sdn.csv.gz", bos.toByteArray());
        assertThat(r.issues()).isEmpty();
        assertThat(r.entities()).singleElement().satisfies(e -> assertThat(e.caption()).isEqualTo("AEROCARIBBEAN AIRLINES"));
    }

    @Test
    void emptyFileIsAnErrorInEveryFormat() {
        for (ListFormat f : ListFormat.values()) {
            ImportResult r = ListImporters.readInputs(f, List.of(new ListInput("empty.txt", new byte[0])),
                    ImportLimits.defaults(), "custom-test").getFirst();
            assertThat(r.hasErrors()).as(f.key()).isTrue();
            assertThat(r.entities()).as(f.key()).isEmpty();
            assertThat(r.issues()).as(f.key()).anyMatch(i -> i.reason().contains("empty") && i.file().equals("empty.txt"));
        }
    }

    @Test
    void hugeFieldIsAnErrorOnItsRowAndTheNextRowIsRead() {
        ImportLimits limits = new ImportLimits(ImportLimits.DEFAULT_MAX_DECOMPRESSED_BYTES, 1000,
                ImportLimits.DEFAULT_MAX_INPUT_BYTES);
        String huge = "x".repeat(5000);
        ImportResult r = one(ListFormat.CUSTOM_CSV, "members.csv", utf8("id,name\n1,\"" + huge + "\"\n2,Beta\n"), limits);
        ImportIssue e = onlyError(r);
        assertThat(e.location()).isEqualTo("row 2");
        assertThat(e.reason()).contains("field 2 is longer than 1000 characters");
        assertThat(r.entities()).extracting(x -> x.caption()).containsExactly("Beta");
    }

    @Test
    void hugeXmlTextIsRefused() {
        ImportLimits limits = new ImportLimits(ImportLimits.DEFAULT_MAX_DECOMPRESSED_BYTES, 1000,
                ImportLimits.DEFAULT_MAX_INPUT_BYTES);
        ImportResult r = one(ListFormat.UN_XML, "un.xml", utf8("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><COMMENTS1>"
                + "y".repeat(5000) + "</COMMENTS1></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"), limits);
        assertThat(onlyError(r).reason()).contains("longer than 1000 characters");
    }

    @Test
    void unterminatedQuoteIsAnErrorNamingTheRow() {
        ImportResult r = one(ListFormat.CUSTOM_CSV, "members.csv", utf8("id,name\n1,Alpha\n2,\"Beta\n3,Gamma\n"));
        ImportIssue e = onlyError(r);
        assertThat(e.location()).isEqualTo("row 3");
        assertThat(e.reason()).contains("not closed");
        assertThat(r.entities()).extracting(x -> x.caption()).containsExactly("Alpha");
    }

    @Test
    void brokenJsonIsAnErrorWithItsPosition() {
        ImportResult r = one(ListFormat.CSL_JSON, "screening-list.json", utf8("{\"tables\": {\"sources\": [\"x\"]}, "));
        ImportIssue e = onlyError(r);
        assertThat(e.reason()).startsWith("not valid JSON");
        assertThat(e.location()).startsWith("line 1");
    }

    @Test
    void ofacFileWithoutAPrimaryFileIsAnError() {
        ImportResult r = ListImporters.readInputs(ListFormat.OFAC_SDN,
                List.of(new ListInput("alt.csv", utf8("36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n"))),
                ImportLimits.defaults()).getFirst();
        assertThat(onlyError(r).reason()).contains("no primary file");
    }
}
