package io.blackbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Set;
import java.util.UUID;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The report API's contract, who may use each endpoint, idempotency and bad input. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsApiIntegrationTests {

    private static final Set<Role> MEMBERS = Set.of(Role.MEMBER_ANALYST, Role.MEMBER_ADMIN);
    private static final Set<Role> REVIEWERS = Set.of(Role.OPERATOR_ANALYST, Role.OPERATOR_ADMIN);

    @LocalServerPort
    int port;

    Api api;
    TestTenants tenants;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
    }

    private String name(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Response submit(String key, String body) {
        return api.post("/api/v1/reports", key, body);
    }

    @Test
    void storesTheReportNormalisedAndKeepsTheOriginal() {
        Api.Response r = submit(tenants.key(Role.MEMBER_ANALYST), """
                {"receivedAt": "2026-01-05", "channel": "Web form",
                 "inquirer": {"name": "Общество с ограниченной ответственностью Ромашка", "country": "Russian Federation",
                              "addresses": ["ул. Ленина 1, Москва"], "emails": ["Info@Romashka.RU"],
                              "phones": ["8 (495) 123-45-67"], "websites": ["HTTPS://WWW.Romashka.ru/about"]},
                 "items": [{"description": "carbon fibre", "eccn": "1c010", "hsCode": "6815.10", "quantity": 500, "value": 120000, "currency": "usd"}],
                 "redFlags": ["bis-3"], "action": "Declined", "narrative": "n", "sharing": "operator", "reference": "%s"}"""
                .formatted(name("R")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode v = api.get("/api/v1/reports/" + r.text("id"), tenants.key(Role.MEMBER_ANALYST)).json();
        JsonNode n = v.get("inquirer").get("normalised");
        assertThat(n.get("country").asString()).isEqualTo("RU");
        assertThat(n.get("emails").get(0).asString()).isEqualTo("info@romashka.ru");
        assertThat(n.get("phones").get(0).asString()).startsWith("+7");
        assertThat(n.get("domains").toString()).contains("romashka.ru");
        assertThat(n.get("names").get(0).asString()).matches("[a-z0-9 ]+");
        assertThat(v.get("inquirer").get("name").asString()).startsWith("Общество");
        assertThat(v.get("channel").asString()).isEqualTo("web-form");
        assertThat(v.get("action").asString()).isEqualTo("declined");
        assertThat(v.get("redFlags").get(0).asString()).isEqualTo("BIS-03");
        assertThat(v.get("items").get(0).get("eccn").asString()).isEqualTo("1C010");
        assertThat(v.get("items").get(0).get("hsCode").asString()).isEqualTo("681510");
        assertThat(v.get("original").asString()).contains("Info@Romashka.RU");
        assertThat(v.get("status").asString()).isEqualTo("pending");
        assertThat(v.get("listHits").isArray()).isTrue();
    }

    @Test
    void screensAgainstTheListsOnArrival() {
        Api.Response r = submit(tenants.key(Role.MEMBER_ANALYST),
                ReportJsonFixtures.report("Korea Mining Development Trading Corporation", "operator", name("hit")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode v = api.get("/api/v1/reports/" + r.text("id"), tenants.key(Role.MEMBER_ANALYST)).json();
        assertThat(v.get("listHits").toString()).containsIgnoringCase("KOREA MINING DEVELOPMENT");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyMemberFirmsSubmitReports(Role role) {
        Api.Response r = submit(tenants.key(role), ReportJsonFixtures.report(name("Auth"), "members", role.key()));
        if (MEMBERS.contains(role)) {
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(r.json().get("id").asString()).isNotBlank();
        } else {
            TestTenants.assertRefused(r);
        }
    }

    @Test
    void aReadOnlyKeyCannotSubmit() {
        Api.Response key = api.post("/api/v1/organisations/" + tenants.memberA() + "/api-keys", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"ro\", \"scopes\": [\"read\"], \"role\": \"member_analyst\"}");
        TestTenants.assertRefused(submit(key.text("key"), ReportJsonFixtures.report(name("RO"), "members", "ro")));
        assertThat(api.get("/api/v1/reports?scope=own", key.text("key")).status()).isEqualTo(200);
    }

    @Test
    void retriesWithTheSameIdempotencyKeyNeverCreateDuplicates() {
        String body = ReportJsonFixtures.report(name("Idem"), "members", name("idem"));
        String key = UUID.randomUUID().toString();
        Api.Response first = api.send(api.request("/api/v1/reports", tenants.key(Role.MEMBER_ANALYST))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Api.Response again = api.send(api.request("/api/v1/reports", tenants.key(Role.MEMBER_ADMIN))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.text("id")).isEqualTo(first.text("id"));

        Api.Response other = api.send(api.request("/api/v1/reports", tenants.key(Role.MEMBER_ANALYST))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body.replace("Would not", "Did not"))));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.text("type")).isEqualTo("urn:blackbox:problem:conflict");

        // another member's identical key is its own
        Api.Response b = api.send(api.request("/api/v1/reports", tenants.memberAdminOfB())
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(b.status()).isEqualTo(201);
        assertThat(b.text("id")).isNotEqualTo(first.text("id"));
    }

    @Test
    void anIdenticalSubmissionWithoutAKeyIsRefusedNotStoredTwice() {
        String body = ReportJsonFixtures.report(name("Dup"), "members", name("dup"));
        assertThat(submit(tenants.key(Role.MEMBER_ANALYST), body).status()).isEqualTo(201);
        Api.Response again = submit(tenants.key(Role.MEMBER_ANALYST), body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("already submitted");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"redFlags\": [\"BIS-02\", \"BIS-10\"]|\"redFlags\": [\"BIS-02\", \"BIS-99\"]|redFlags[1]",
            "\"eccn\": \"2B001\"|\"eccn\": \"9Z999\"|items[0].eccn",
            "\"receivedAt\": \"2026-01-05\"|\"receivedAt\": \"2026-02-30\"|receivedAt",
            "\"receivedAt\": \"2026-01-05\"|\"receivedAt\": \"2999-01-01\"|receivedAt",
            "\"channel\": \"email\"|\"channel\": \"pigeon\"|channel",
            "\"action\": \"declined\"|\"action\": \"shrugged\"|action",
            "\"sharing\": \"members\"|\"sharing\": \"everyone\"|sharing",
            "\"country\": \"AE\"|\"country\": \"Atlantis\"|inquirer.country",
            "\"phones\": [\"+971 4 555 0101\"]|\"phones\": [\"call me maybe\"]|inquirer.phones[0]",
            "\"emails\": [\"Sales@Example-Trading.AE\"]|\"emails\": [\"not-an-address\"]|inquirer.emails[0]",
            "\"hsCode\": \"8458\"|\"hsCode\": \"84x\"|items[0].hsCode"})
    void refusesBadInputNamingTheField(String good, String bad, String field) {
        String body = ReportJsonFixtures.report(name("Bad"), "members", name("bad"));
        assertThat(body).contains(good);
        Api.Response r = submit(tenants.key(Role.MEMBER_ANALYST), body.replace(good, bad));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("field")).isEqualTo(field);
        assertThat(r.text("type")).isEqualTo("urn:blackbox:problem:invalid-input");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyOperatorAnalystsAndAdministratorsReadTheQueue(Role role) {
        Api.Response r = api.get("/api/v1/reports/queue", tenants.key(role));
        if (REVIEWERS.contains(role)) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        } else {
            TestTenants.assertRefused(r);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyOperatorAnalystsAndAdministratorsAcceptAndReject(Role role) {
        String id = submit(tenants.key(Role.MEMBER_ANALYST),
                ReportJsonFixtures.report(name("Review"), "members", name("rev"))).text("id");
        Api.Response accept = api.post("/api/v1/reports/" + id + "/accept", tenants.key(role), "{}");
        Api.Response reject = api.post("/api/v1/reports/" + id + "/reject", tenants.key(role), "{\"reason\": \"test\"}");
        if (REVIEWERS.contains(role)) {
            assertThat(accept.status()).as(accept.body()).isEqualTo(200);
            assertThat(accept.text("status")).isEqualTo("accepted");
            assertThat(reject.status()).isEqualTo(200);
            assertThat(reject.text("status")).isEqualTo("rejected");
            assertThat(reject.text("reviewNote")).isEqualTo("test");
        } else {
            TestTenants.assertRefused(accept);
            TestTenants.assertRefused(reject);
        }
    }

    @Test
    void rejectionNeedsAReasonAndHidesTheReportFromOtherMembers() {
        String id = submit(tenants.key(Role.MEMBER_ANALYST),
                ReportJsonFixtures.report(name("Reject"), "members", name("rej"))).text("id");
        Api.Response noReason = api.post("/api/v1/reports/" + id + "/reject", tenants.key(Role.OPERATOR_ANALYST), "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("field")).isEqualTo("reason");
        assertThat(api.get("/api/v1/reports/" + id, tenants.memberAnalystOfB()).status()).isEqualTo(200);
        api.post("/api/v1/reports/" + id + "/reject", tenants.key(Role.OPERATOR_ANALYST), "{\"reason\": \"not an inquiry\"}");
        assertThat(api.get("/api/v1/reports/" + id, tenants.memberAnalystOfB()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/" + id, tenants.key(Role.MEMBER_ANALYST)).text("reviewNote")).isEqualTo("not an inquiry");
    }

    @Test
    void theOperatorAsksAndTheReporterAnswersInAThreadOtherMembersNeverSee() {
        String id = submit(tenants.key(Role.MEMBER_ANALYST),
                ReportJsonFixtures.report(name("Thread"), "members", name("thr"))).text("id");
        Api.Response ask = api.post("/api/v1/reports/" + id + "/messages", tenants.key(Role.OPERATOR_ANALYST),
                "{\"message\": \"Who was the consignee?\"}");
        assertThat(ask.status()).as(ask.body()).isEqualTo(200);
        Api.Response answer = api.post("/api/v1/reports/" + id + "/messages", tenants.key(Role.MEMBER_ADMIN),
                "{\"message\": \"A forwarder in Sharjah.\"}");
        assertThat(answer.json().get("messages").size()).isEqualTo(2);
        assertThat(answer.json().get("messages").get(0).get("from").asString()).isEqualTo("operator");
        Api.Response other = api.get("/api/v1/reports/" + id, tenants.memberAnalystOfB());
        assertThat(other.body()).doesNotContain("consignee", "Sharjah");
        for (Role role : Set.of(Role.REGULATOR, Role.AUDITOR)) {
            assertThat(api.post("/api/v1/reports/" + id + "/messages", tenants.key(role), "{\"message\": \"x\"}").status())
                    .isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAMemberAdministratorSetsTheDefaults(Role role) {
        Api.Response r = api.send(api.request("/api/v1/reports/settings", tenants.key(role))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"defaultSharing\": \"operator\", \"shareAttachments\": false}")));
        if (role == Role.MEMBER_ADMIN) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            String id = submit(tenants.key(Role.MEMBER_ANALYST), ReportJsonFixtures.report(name("Default"), "members", "d")
                    .replace("\"sharing\": \"members\",", "")).text("id");
            assertThat(api.get("/api/v1/reports/" + id, tenants.key(Role.MEMBER_ANALYST)).text("sharing")).isEqualTo("operator");
            api.send(api.request("/api/v1/reports/settings", tenants.key(role)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"defaultSharing\": \"members\"}")));
        } else {
            TestTenants.assertRefused(r);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsTheReferenceData(Role role) {
        assertThat(api.get("/api/v1/reports/reference/red-flags", tenants.key(role)).body()).contains("BIS-13");
        assertThat(api.get("/api/v1/reports/reference/eccns?prefix=2B00", tenants.key(role)).body()).contains("2B001");
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThat(api.get("/api/v1/reports/" + UUID.randomUUID(), null).status()).isEqualTo(401);
        assertThat(submit(null, "{}").status()).isEqualTo(401);
    }

    @Test
    void theOpenApiDescriptionDocumentsTheReportEndpointsWithExamples() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/reports", "/api/v1/reports/{id}", "/api/v1/reports/uploads",
                "Idempotency-Key", "Rahim Trading FZE");
    }

    @Test
    void aMalformedIdAnswersLikeAMissingOne() {
        Api.Response bad = api.get("/api/v1/reports/not-a-uuid", tenants.key(Role.MEMBER_ANALYST));
        assertThat(bad.status()).isEqualTo(404);
        assertThat(bad.text("detail")).isEqualTo("not found");
    }

    @Test
    void exportNeutralisesFormulas() {
        String inquirer = "=HYPERLINK(\\\"http://evil\\\")" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response r = submit(tenants.key(Role.MEMBER_ANALYST), ReportJsonFixtures.report(inquirer, "members", name("csv"))
                .replace("\"narrative\": \"Would not name the end user.\"", "\"narrative\": \"@SUM(A1)\""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String csv = api.get("/api/v1/reports/export?scope=own", tenants.key(Role.MEMBER_ANALYST)).body();
        assertThat(csv).contains("\"'=HYPERLINK(", "\"'@SUM(A1)\"").doesNotContain(",\"=HYPERLINK", ",\"@SUM");
    }
}
