package io.blackbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import io.blackbox.Api;
import io.blackbox.TestTenants;
import io.blackbox.platform.Role;
import io.blackbox.IntegrationTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bulk intake: mappings, jobs, row-numbered field errors, rejected-row download and re-upload, three formats. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportUploadsIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    TestTenants tenants;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
    }

    @Test
    void keepsValidRowsAndNamesEachBadRowAndFieldThenAcceptsTheFixedRows() {
        String key = tenants.key(Role.MEMBER_ANALYST);
        Api.Response saved = api.send(api.request("/api/v1/reports/mappings/crm", key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"columns": {"Datum": "receivedAt", "Kunde": "inquirer.name", "Land": "inquirer.country",
                                     "Telefon": "inquirer.phones", "Ware": "item.description", "ECCN": "item.eccn",
                                     "Flaggen": "redFlags", "Massnahme": "action", "Az": "reference", "Notiz": "ignore",
                                     "Kanal": "channel"}}""")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String s = UUID.randomUUID().toString().substring(0, 6);
        String csv = "Datum,Kunde,Land,Telefon,Ware,ECCN,Flaggen,Massnahme,Az,Notiz,Kanal\n"
                + "2026-01-05,Alpha Bulk " + s + ",AE,+971 4 555 0101,lathe,2B001,BIS-02;BIS-10,declined,A1,x,email\n"
                + "2026-02-30,Beta Bulk " + s + ",AE,,lathe,2B001,BIS-02,declined,A2,,email\n"
                + "2026-01-07,Gamma Bulk " + s + ",AE,,lathe,9Z999,BIS-77,declined,A3,,email\n"
                + "2026-01-08,\"=HYPERLINK(\"\"http://x\"\")\",AE,,valve,,BIS-01,declined,A4,,email\n"
                + "2026-01-05,Alpha Bulk " + s + ",AE,+971 4 555 0101,lathe,2B001,BIS-02;BIS-10,declined,A1,x,email\n";
        JsonNode job = finish(upload(key, "crm.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv", "crm"), key);
        assertThat(job.get("status").asString()).isEqualTo("done");
        assertThat(job.get("accepted").asInt()).isEqualTo(2);
        assertThat(job.get("rejected").asInt()).isEqualTo(3);
        String errors = job.get("errors").toString();
        assertThat(errors).contains("\"row\":3", "receivedAt (column 'Datum')", "\"row\":4", "items[0].eccn (column 'ECCN')",
                "redFlags[0]", "\"row\":6", "duplicate");

        Api.Response rejected = api.get("/api/v1/reports/uploads/" + job.get("id").asString() + "/rejected", key);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).startsWith("Datum,Kunde,Land,Telefon,Ware,ECCN,Flaggen,Massnahme,Az,Notiz,Kanal,error")
                .contains("Beta Bulk", "Gamma Bulk", "row 3, receivedAt").doesNotContain("A1,x,email\r\n2026-02");

        String fixed = rejected.body().replace("2026-02-30", "2026-02-28").replace("9Z999", "2B001").replace("BIS-77", "BIS-03");
        JsonNode again = finish(upload(key, "fixed.csv", fixed.getBytes(StandardCharsets.UTF_8), "text/csv", "crm"), key);
        assertThat(again.get("accepted").asInt()).as(again.toString()).isEqualTo(2);
        assertThat(again.get("rejected").asInt()).isEqualTo(1);

        // the formula cell was stored as text and is neutralised again on export
        String export = api.get("/api/v1/reports/export?scope=own", key).body();
        assertThat(export).contains("\"'=HYPERLINK(");
    }

    @Test
    void readsXlsxAndJsonLines() throws IOException {
        String key = tenants.key(Role.MEMBER_ADMIN);
        String s = UUID.randomUUID().toString().substring(0, 6);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(xlsx, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Reports");
            String[] head = {"receivedAt", "channel", "inquirer.name", "inquirer.country", "item.eccn", "redFlags", "action"};
            for (int c = 0; c < head.length; c++) {
                ws.value(0, c, head[c]);
            }
            String[][] rows = {{"2026-03-01", "phone", "Xlsx One " + s, "IR", "3A001", "BIS-04", "declined"},
                    {"2026-03-02", "fax", "Xlsx Two " + s, "IR", "3A001", "BIS-04", "declined"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < head.length; c++) {
                    ws.value(r + 1, c, rows[r][c]);
                }
            }
        }
        JsonNode x = finish(upload(key, "r.xlsx", xlsx.toByteArray(), "application/octet-stream", null), key);
        assertThat(x.get("accepted").asInt()).as(x.toString()).isEqualTo(1);
        assertThat(x.get("errors").toString()).contains("\"row\":3", "channel");

        String jsonl = ReportJsonFixtures.report("Jsonl One " + s, "members", "J1").replace("\n", " ") + "\n"
                + "{\"receivedAt\": \"2026-03-03\", \"channel\": \"email\", \"inquirer.name\": \"Jsonl Flat " + s
                + "\", \"action\": \"declined\"}\n"
                + "not json\n"
                + ReportJsonFixtures.report("Jsonl Bad " + s, "members", "J3").replace("\n", " ").replace("BIS-10", "BIS-99") + "\n";
        JsonNode j = finish(upload(key, "r.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), "application/x-ndjson", null), key);
        assertThat(j.get("accepted").asInt()).as(j.toString()).isEqualTo(2);
        assertThat(j.get("rejected").asInt()).isEqualTo(2);
        assertThat(j.get("errors").toString()).contains("\"row\":3", "not a JSON object", "\"row\":4", "redFlags[1]");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyMemberFirmsUploadAndSeeTheirOwnJobs(Role role) {
        String csv = "receivedAt,channel,inquirer.name,action\n2026-01-05,phone,Auth Bulk " + role.key() + " " + UUID.randomUUID() + ",declined\n";
        Api.Response r = upload(tenants.key(role), "a.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv", null);
        if (Set.of(Role.MEMBER_ANALYST, Role.MEMBER_ADMIN).contains(role)) {
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            JsonNode job = finish(r, tenants.key(role));
            assertThat(job.get("accepted").asInt()).isEqualTo(1);
            String id = job.get("id").asString();
            Api.Response theirs = api.get("/api/v1/reports/uploads/" + id, tenants.memberAdminOfB());
            Api.Response missing = api.get("/api/v1/reports/uploads/" + UUID.randomUUID(), tenants.memberAdminOfB());
            assertThat(theirs.status()).isEqualTo(404);
            assertThat(theirs.body().replace(id, "X")).isEqualTo(missing.body().replaceAll("[0-9a-f-]{36}", "X"));
            assertThat(api.get("/api/v1/reports/uploads/" + id + "/rejected", tenants.memberAnalystOfB()).status()).isEqualTo(404);
        } else {
            TestTenants.assertRefused(r);
        }
    }

    private JsonNode finish(Api.Response started, String key) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.text("id");
        for (int i = 0; i < 1200; i++) {
            JsonNode job = api.get("/api/v1/reports/uploads/" + id, key).json();
            if (!job.get("status").asString().equals("running")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    private Api.Response upload(String key, String filename, byte[] content, String type, String mapping) {
        String boundary = "----blackbox" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        if (mapping != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n" + mapping
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request("/api/v1/reports/uploads", key).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
