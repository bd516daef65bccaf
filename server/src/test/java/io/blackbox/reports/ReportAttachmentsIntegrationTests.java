package io.blackbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.sql.DataSource;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Attachments: encrypted at rest, typed by content, shared with other members only when allowed. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportAttachmentsIntegrationTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Secret (PDF-PAYLOAD-4711) >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    Api api;
    TestTenants tenants;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
    }

    private String report(boolean shareAttachments) {
        String body = ReportJsonFixtures.report("Attach Trading " + UUID.randomUUID(), "members", "ATT")
                .replace("\"reference\": \"ATT\"", "\"reference\": \"ATT\", \"shareAttachments\": " + shareAttachments);
        Api.Response r = api.post("/api/v1/reports", tenants.key(Role.MEMBER_ANALYST), body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    @Test
    void storesEncryptedAndShowsOnlyToReporterAndOperatorUnlessShared() {
        String id = report(false);
        Api.Response added = upload(id, tenants.key(Role.MEMBER_ANALYST), "acme-internal-kyc.pdf", PDF);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String att = added.text("id");
        String path = "/api/v1/reports/" + id + "/attachments/" + att;

        assertThat(api.get(path, tenants.key(Role.MEMBER_ADMIN)).body()).contains("PDF-PAYLOAD-4711");
        assertThat(api.get(path, tenants.key(Role.OPERATOR_ANALYST)).body()).contains("PDF-PAYLOAD-4711");
        String missing = api.get("/api/v1/reports/" + id + "/attachments/" + UUID.randomUUID(), tenants.memberAnalystOfB()).body();
        for (String key : new String[] {tenants.memberAnalystOfB(), tenants.key(Role.REGULATOR), tenants.key(Role.AUDITOR)}) {
            Api.Response r = api.get(path, key);
            assertThat(r.status()).isEqualTo(404);
            assertThat(ReportsBlindingIntegrationTests.sameProblem(r.body(), missing)).isTrue();
        }
        assertThat(api.get("/api/v1/reports/" + id, tenants.memberAnalystOfB()).body()).doesNotContain(att, "acme-internal");
        assertThat(api.get("/api/v1/reports/" + id, tenants.key(Role.MEMBER_ANALYST)).body()).contains("acme-internal-kyc.pdf");

        String atRest = new JdbcTemplate(owner).queryForList(
                "SELECT encode(sealed_name, 'escape') n, encode(sealed_data, 'escape') d FROM report_attachment WHERE id = ?::uuid", att)
                .toString();
        assertThat(atRest).doesNotContain("PDF-PAYLOAD-4711", "acme-internal");
    }

    @Test
    void anotherMemberOpensASharedAttachmentWithoutItsName() {
        String id = report(true);
        String att = upload(id, tenants.key(Role.MEMBER_ANALYST), "acme-internal-kyc.pdf", PDF).text("id");
        Api.Response r = api.get("/api/v1/reports/" + id + "/attachments/" + att, tenants.memberAnalystOfB());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("PDF-PAYLOAD-4711");
        String view = api.get("/api/v1/reports/" + id, tenants.memberAnalystOfB()).body();
        assertThat(view).contains(att).doesNotContain("acme-internal");
    }

    @Test
    void refusesDisguisedExecutablesWrongTypesAndOversizedFiles() {
        String id = report(false);
        byte[] exe = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        assertField(upload(id, tenants.key(Role.MEMBER_ANALYST), "invoice.pdf", exe), "executable");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertField(upload(id, tenants.key(Role.MEMBER_ANALYST), "scan.pdf", png), "named like application/pdf");
        assertField(upload(id, tenants.key(Role.MEMBER_ANALYST), "notes.txt", "hello".getBytes(StandardCharsets.UTF_8)), "not a PDF");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertField(upload(id, tenants.key(Role.MEMBER_ANALYST), "big.pdf", big), "at most");
        byte[] eml = "From: a@example.org\r\nTo: sales@acme.example\r\nSubject: RFQ\r\n\r\nPlease quote.\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(id, tenants.key(Role.MEMBER_ANALYST), "rfq.eml", eml).status()).isEqualTo(201);
    }

    @Test
    void onlyTheReporterAttaches() {
        String id = report(false);
        for (String key : new String[] {tenants.memberAdminOfB(), tenants.key(Role.REGULATOR), tenants.key(Role.AUDITOR)}) {
            assertThat(upload(id, key, "x.pdf", PDF).status()).isEqualTo(404);
        }
        assertThat(upload(id, tenants.key(Role.MEMBER_ADMIN), "x.pdf", PDF).status()).isEqualTo(201);
    }

    private void assertField(Api.Response r, String detail) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.text("field")).isEqualTo("file");
        assertThat(r.text("detail")).contains(detail);
    }

    private Api.Response upload(String report, String key, String filename, byte[] content) {
        String boundary = "----blackbox" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request("/api/v1/reports/" + report + "/attachments", key)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
