package io.blackbox.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.blackbox.Api;
import io.blackbox.Await;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.platform.Callers;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Who may use batch screening, the portfolio, alerts and the webhook: every role with a full key, a
 * read-only key, no key and a revoked key, each allowed or refused; and proof that one organisation never
 * sees another's batch jobs, results, portfolio entries, alerts or webhook, answering exactly as for
 * something that does not exist.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningAuthorisationIntegrationTests {

    private static final String CSV = "id,name,type,country\nc1,Korea Mining Development Trading Corporation,Company,KP\n"
            + "c2,Sunny Bakery of Lyon,Company,FR\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    Api api;
    TestTenants tenants;
    String readOnlyKeyOfA;
    String revokedKeyOfA;

    /** Member A's own things that everybody else tries to reach. */
    String jobOfA;
    String entryOfA;
    long alertOfA;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
        readOnlyKeyOfA = api.post("/api/v1/organisations/" + tenants.memberA() + "/api-keys", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"reader\", \"scopes\": [\"read\"], \"role\": \"member_admin\"}").text("key");
        Api.Response revoked = api.post("/api/v1/organisations/" + tenants.memberA() + "/api-keys", IntegrationTest.ADMIN_KEY,
                "{\"name\": \"to revoke\", \"scopes\": [\"read\", \"write\"], \"role\": \"member_admin\"}");
        revokedKeyOfA = revoked.text("key");
        // used once, so that a cached authentication would have to be forgotten on revocation
        assertThat(api.get("/api/v1/portfolio", revokedKeyOfA).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/organisations/" + tenants.memberA() + "/api-keys/" + revoked.text("id"),
                IntegrationTest.ADMIN_KEY).status()).isEqualTo(204);

        String a = tenants.key(Role.MEMBER_ANALYST);
        jobOfA = api.upload("/api/v1/screenings/batch", a, "a.csv", CSV).text("id");
        awaitDone(jobOfA, a);
        entryOfA = "a-secret-customer-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response added = api.post("/api/v1/portfolio", a,
                "{\"externalId\": \"" + entryOfA + "\", \"name\": \"Secret Customer Machining\", \"schema\": \"Company\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        UUID entryId = UUID.fromString(added.text("id"));
        // an alert as a list change would raise it (the re-screen itself is tested elsewhere)
        alertOfA = Callers.runAsSystem("test", () -> tx.execute(s -> jdbc.sql("""
                        INSERT INTO screening_alert (org_id, entry_id, kind, entity_id, caption, score, band, reason)
                        VALUES (?, ?, 'new-hit', 'test:1', 'Secret Hit', 0.9, 'match', 'test') RETURNING id""")
                .params(UUID.fromString(tenants.memberA()), entryId).query(Long.class).single()));
        assertThat(Webhooks.put(api, tenants.key(Role.MEMBER_ADMIN), "https://hooks.member-a.example/alerts").status())
                .isEqualTo(200);
    }

    // ---- every role with a read-and-write key ----

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleButTheAuditorRunsBatchScreenings(Role role) {
        String key = tenants.key(role);
        Api.Response submitted = api.upload("/api/v1/screenings/batch", key, "mine.csv", CSV);
        Api.Response list = api.get("/api/v1/screenings/batch", key);
        if (role == Role.AUDITOR) {
            TestTenants.assertRefused(submitted);
            TestTenants.assertRefused(list);
            TestTenants.assertRefused(api.get("/api/v1/screenings/batch/" + jobOfA, key));
            TestTenants.assertRefused(api.get("/api/v1/screenings/batch/" + jobOfA + "/results", key));
            return;
        }
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.text("id");
        assertThat(ids(api.get("/api/v1/screenings/batch", key))).contains(id);
        awaitDone(id, key);
        Api.Response results = api.get("/api/v1/screenings/batch/" + id + "/results?format=csv", key);
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body()).contains("c1,Korea Mining Development Trading Corporation,1,");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleButTheAuditorKeepsAPortfolio(Role role) {
        String key = tenants.key(role);
        String externalId = "own-" + role.key() + "-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response added = api.post("/api/v1/portfolio", key,
                "{\"externalId\": \"" + externalId + "\", \"name\": \"Harmless Lathe Buyer GmbH\", \"schema\": \"Company\"}");
        if (role == Role.AUDITOR) {
            TestTenants.assertRefused(added);
            TestTenants.assertRefused(api.get("/api/v1/portfolio", key));
            TestTenants.assertRefused(api.get("/api/v1/portfolio/" + entryOfA, key));
            TestTenants.assertRefused(api.delete("/api/v1/portfolio/" + entryOfA, key));
            return;
        }
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/portfolio?limit=1000", key).body()).contains(externalId);
        assertThat(api.get("/api/v1/portfolio/" + externalId, key).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/portfolio/" + externalId, key).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/portfolio/" + externalId, key).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleButTheAuditorReadsAlerts(Role role) {
        String key = tenants.key(role);
        Api.Response alerts = api.get("/api/v1/alerts", key);
        Api.Response seen = api.post("/api/v1/alerts/" + Long.MAX_VALUE + "/seen", key, "");
        if (role == Role.AUDITOR) {
            TestTenants.assertRefused(alerts);
            TestTenants.assertRefused(seen);
            TestTenants.assertRefused(api.get("/api/v1/alerts?unseen=true", key));
            return;
        }
        assertThat(alerts.status()).isEqualTo(200);
        assertThat(alerts.json().isArray()).isTrue();
        assertThat(seen.status()).isEqualTo(404);
    }

    /**
     * The webhook decides where alerts about the organisation's counterparties go and holds their signing
     * secret, so it is an administrator's setting, like API keys. A regulator organisation has no
     * administrator role, so its regulators set their own.
     */
    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAdministratorsAndRegulatorsSetTheWebhook(Role role) {
        String key = tenants.key(role);
        Api.Response set = Webhooks.put(api, key, "https://hooks.example.org/" + role.key());
        Api.Response removed = api.delete("/api/v1/webhook", key);
        if (role == Role.MEMBER_ADMIN || role == Role.OPERATOR_ADMIN || role == Role.REGULATOR) {
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(set.text("secret")).hasSizeGreaterThan(30);
            assertThat(removed.status()).isEqualTo(204);
            if (role == Role.MEMBER_ADMIN) {
                assertThat(Webhooks.put(api, key, "https://hooks.member-a.example/alerts").status()).isEqualTo(200);
            }
        } else {
            TestTenants.assertRefused(set);
            TestTenants.assertRefused(removed);
        }
    }

    @Test
    void anAnalystOfAnotherMemberMayNotSetItsWebhookEither() {
        TestTenants.assertRefused(Webhooks.put(api, tenants.memberAnalystOfB(), "https://attacker.example/"));
        assertThat(Webhooks.urlOf(tx, jdbc, tenants.memberA())).isEqualTo("https://hooks.member-a.example/alerts");
    }

    // ---- key scopes and missing keys ----

    @Test
    void aReadOnlyKeyReadsButChangesNothing() {
        String key = readOnlyKeyOfA;
        assertThat(api.get("/api/v1/screenings/batch", key).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/screenings/batch/" + jobOfA, key).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/screenings/batch/" + jobOfA + "/results", key).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/portfolio", key).body()).contains(entryOfA);
        assertThat(api.get("/api/v1/portfolio/" + entryOfA, key).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/alerts", key).body()).contains("\"id\":" + alertOfA);

        assertReadOnly(api.upload("/api/v1/screenings/batch", key, "x.csv", CSV));
        assertReadOnly(api.post("/api/v1/portfolio", key, "{\"externalId\": \"ro\", \"name\": \"Read Only Ltd\"}"));
        assertReadOnly(api.delete("/api/v1/portfolio/" + entryOfA, key));
        assertReadOnly(api.post("/api/v1/alerts/" + alertOfA + "/seen", key, ""));
        assertReadOnly(Webhooks.put(api, key, "https://attacker.example/"));
        assertReadOnly(api.delete("/api/v1/webhook", key));

        assertThat(api.get("/api/v1/portfolio/" + entryOfA, tenants.key(Role.MEMBER_ANALYST)).status()).isEqualTo(200);
        assertThat(alertSeen(alertOfA)).isFalse();
        assertThat(Webhooks.urlOf(tx, jdbc, tenants.memberA())).isEqualTo("https://hooks.member-a.example/alerts");
    }

    @Test
    void withoutAKeyEveryEndpointIsUnauthenticated() {
        List<Api.Response> all = List.of(
                api.upload("/api/v1/screenings/batch", null, "x.csv", CSV),
                api.get("/api/v1/screenings/batch", null),
                api.get("/api/v1/screenings/batch/" + jobOfA, null),
                api.get("/api/v1/screenings/batch/" + jobOfA + "/results", null),
                api.post("/api/v1/portfolio", null, "{\"externalId\": \"x\", \"name\": \"X Ltd\"}"),
                api.get("/api/v1/portfolio", null),
                api.get("/api/v1/portfolio/" + entryOfA, null),
                api.delete("/api/v1/portfolio/" + entryOfA, null),
                api.get("/api/v1/alerts", null),
                api.post("/api/v1/alerts/" + alertOfA + "/seen", null, ""),
                Webhooks.put(api, null, "https://attacker.example/"),
                api.delete("/api/v1/webhook", null));
        for (Api.Response r : all) {
            assertThat(r.status()).as(r.body()).isEqualTo(401);
            assertThat(r.text("type")).isEqualTo("urn:blackbox:problem:unauthenticated");
        }
        assertThat(alertSeen(alertOfA)).isFalse();
    }

    /**
     * One request only: every unknown key counts against the client address, and the whole test run
     * shares 127.0.0.1 and its small allowance of failures.
     */
    @Test
    void aRevokedKeyIsRefusedAtOnceEvenAfterItWasUsed() {
        Api.Response r = api.delete("/api/v1/portfolio/" + entryOfA, revokedKeyOfA);
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.text("detail")).contains("revoked");
        assertThat(api.get("/api/v1/portfolio/" + entryOfA, tenants.key(Role.MEMBER_ANALYST)).status()).isEqualTo(200);
    }

    // ---- isolation between organisations ----

    /** Everybody who is not member A: the other member's admin and analyst, the operator, the regulator. */
    private List<String> outsiders() {
        return List.of(tenants.memberAdminOfB(), tenants.memberAnalystOfB(), tenants.key(Role.OPERATOR_ADMIN),
                tenants.key(Role.OPERATOR_ANALYST), tenants.key(Role.REGULATOR));
    }

    @Test
    void nobodyElseSeesABatchJobOrItsResults() {
        String missing = UUID.randomUUID().toString();
        for (String key : outsiders()) {
            assertSameAsMissing(api.get("/api/v1/screenings/batch/" + jobOfA, key),
                    api.get("/api/v1/screenings/batch/" + missing, key));
            for (String format : new String[] {"csv", "json", "xlsx"}) {
                assertSameAsMissing(api.get("/api/v1/screenings/batch/" + jobOfA + "/results?format=" + format, key),
                        api.get("/api/v1/screenings/batch/" + missing + "/results?format=" + format, key));
            }
            assertThat(ids(api.get("/api/v1/screenings/batch", key))).doesNotContain(jobOfA);
        }
        assertThat(api.get("/api/v1/screenings/batch/" + jobOfA, tenants.key(Role.MEMBER_ADMIN)).status()).isEqualTo(200);
    }

    @Test
    void nobodyElseSeesOrRemovesAPortfolioEntry() {
        String missing = "no-such-entry-" + UUID.randomUUID();
        for (String key : outsiders()) {
            assertSameAsMissing(api.get("/api/v1/portfolio/" + entryOfA, key), api.get("/api/v1/portfolio/" + missing, key));
            assertSameAsMissing(api.delete("/api/v1/portfolio/" + entryOfA, key),
                    api.delete("/api/v1/portfolio/" + missing, key));
            Api.Response list = api.get("/api/v1/portfolio?limit=1000", key);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).doesNotContain(entryOfA).doesNotContain("Secret Customer Machining");
        }
        assertThat(api.get("/api/v1/portfolio/" + entryOfA, tenants.key(Role.MEMBER_ANALYST)).status()).isEqualTo(200);
    }

    @Test
    void theSameExternalIdInAnotherMemberIsAnotherEntry() {
        String key = tenants.memberAnalystOfB();
        Api.Response added = api.post("/api/v1/portfolio", key,
                "{\"externalId\": \"" + entryOfA + "\", \"name\": \"Unrelated Bakery\", \"schema\": \"Company\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/portfolio/" + entryOfA, key).text("caption")).isEqualTo("Unrelated Bakery");
        assertThat(api.delete("/api/v1/portfolio/" + entryOfA, key).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/portfolio/" + entryOfA, tenants.key(Role.MEMBER_ANALYST)).text("caption"))
                .isEqualTo("Secret Customer Machining");
    }

    @Test
    void nobodyElseSeesOrMarksAnAlert() {
        for (String key : outsiders()) {
            Api.Response alerts = api.get("/api/v1/alerts?limit=500", key);
            assertThat(alerts.status()).isEqualTo(200);
            assertThat(ids(alerts)).doesNotContain(Long.toString(alertOfA));
            assertThat(alerts.body()).doesNotContain("Secret Hit");
            assertSameAsMissing(api.post("/api/v1/alerts/" + alertOfA + "/seen", key, ""),
                    api.post("/api/v1/alerts/" + Long.MAX_VALUE + "/seen", key, ""));
        }
        assertThat(alertSeen(alertOfA)).isFalse();
        assertThat(ids(api.get("/api/v1/alerts?unseen=true", tenants.key(Role.MEMBER_ANALYST))))
                .contains(Long.toString(alertOfA));
    }

    @Test
    void anotherOrganisationsWebhookChangesNeverTouchThisOne() {
        for (String key : List.of(tenants.memberAdminOfB(), tenants.key(Role.OPERATOR_ADMIN), tenants.key(Role.REGULATOR))) {
            assertThat(Webhooks.put(api, key, "https://elsewhere.example/hook").status()).isEqualTo(200);
            assertThat(api.delete("/api/v1/webhook", key).status()).isEqualTo(204);
        }
        assertThat(Webhooks.urlOf(tx, jdbc, tenants.memberA())).isEqualTo("https://hooks.member-a.example/alerts");
    }

    // ---- helpers ----

    private boolean alertSeen(long id) {
        return Callers.runAsSystem("test", () -> tx.execute(s -> jdbc.sql(
                "SELECT seen_at IS NOT NULL FROM screening_alert WHERE id = ?").param(id).query(Boolean.class).single()));
    }

    private static List<String> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonNode n : r.json()) {
            out.add(n.get("id").asString());
        }
        return out;
    }

    private static void assertReadOnly(Api.Response r) {
        TestTenants.assertRefused(r);
        assertThat(r.text("detail")).contains("read scope");
    }

    /** Something hidden answers exactly like something missing: status, type, title and detail. */
    private static void assertSameAsMissing(Api.Response hidden, Api.Response missing) {
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(404);
        assertThat(hidden.contentType()).isEqualTo(missing.contentType());
        for (String field : new String[] {"type", "title", "status", "detail"}) {
            assertThat(hidden.json().get(field)).as(field).isEqualTo(missing.json().get(field));
        }
        assertThat(fieldsOf(hidden.json())).isEqualTo(fieldsOf(missing.json()));
    }

    private static Map<String, Boolean> fieldsOf(JsonNode problem) {
        Map<String, Boolean> out = new java.util.TreeMap<>();
        problem.propertyNames().forEach(n -> out.put(n, true));
        return out;
    }

    private void awaitDone(String job, String key) {
        Await.until(Duration.ofSeconds(60), () -> {
            String status = api.get("/api/v1/screenings/batch/" + job, key).text("status");
            assertThat(status).isNotEqualTo("failed");
            return "done".equals(status);
        });
    }

}
