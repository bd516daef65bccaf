package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.directory.DirectoryFixtures.Front;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The contract of pooled screening through the yente-compatible {@code POST /match/{dataset}}. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PooledScreeningIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DirectoryLinking linking;

    @Autowired
    PooledActors pool;

    Api api;
    TestTenants tenants;
    Front shared;
    Front hidden;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
        shared = Front.random();
        hidden = Front.random();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(shared, shared.word() + " Trading FZE", "members"));
        submit(api, tenants.memberAdminOfB(), report(shared, shared.word() + " Trading", "members+government"));
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(hidden, hidden.word() + " Instruments", "operator"));
        linking.awaitIdle();
        pool.refresh();
    }

    static String query(String name) {
        return "{\"queries\": {\"q1\": {\"schema\": \"Company\", \"properties\": {\"name\": [\"" + name
                + "\"], \"country\": [\"ae\"]}}}}";
    }

    JsonNode results(String dataset, String name, String key) {
        Api.Response r = api.post("/match/" + dataset, key, query(name));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("responses").path("q1").path("results");
    }

    JsonNode directoryHit(JsonNode results) {
        for (JsonNode r : results) {
            if (r.path("datasets").toString().contains("directory")) {
                return r;
            }
        }
        return null;
    }

    @Test
    void directoryDatasetAnswersBlindedPooledActorsWithTheContractedProperties() {
        JsonNode results = results("directory", shared.word() + " Trading", tenants.memberAnalystOfB());
        assertThat(results.size()).as(results.toString()).isEqualTo(1);
        JsonNode hit = results.get(0);
        assertThat(hit.get("id").asString()).startsWith("directory:A");
        assertThat(hit.get("datasets").toString()).isEqualTo("[\"directory\"]");
        assertThat(hit.get("score").asDouble()).isGreaterThan(0.8);
        JsonNode p = hit.get("properties");
        for (String prop : new String[] {"name", "country", "independentReporters", "redFlags", "firstSeen", "lastSeen"}) {
            assertThat(p.get(prop).isArray()).as(prop + " in " + p).isTrue();
            for (JsonNode v : p.get(prop)) {
                assertThat(v.isString()).as(prop + " values are strings").isTrue();
            }
        }
        assertThat(p.get("independentReporters").get(0).asString()).isEqualTo("2");
        assertThat(p.get("country").toString()).contains("AE");
        assertThat(p.get("redFlags").toString()).contains("BIS-02", "BIS-10");
        assertThat(p.get("firstSeen").get(0).asString()).isEqualTo("2026-01-05");
        assertThat(p.get("lastSeen").get(0).asString()).isEqualTo("2026-01-05");
        assertThat(hit.toString()).doesNotContain(tenants.memberA(), tenants.memberB(), "Member A ", "Member B ", "REF-");
    }

    @Test
    void defaultDatasetIncludesTheDirectory() {
        JsonNode results = results("default", shared.word() + " Trading", tenants.key(Role.MEMBER_ANALYST));
        assertThat(directoryHit(results)).as(results.toString()).isNotNull();
    }

    @Test
    void listDatasetsLeaveTheDirectoryOut() {
        JsonNode lists = api.get("/api/v1/lists", tenants.key(Role.MEMBER_ANALYST)).json();
        String anyList = lists.isArray() ? lists.get(0).path("key").asString() : lists.path("items").get(0).path("key").asString();
        JsonNode results = results(anyList, shared.word() + " Trading", tenants.key(Role.MEMBER_ANALYST));
        assertThat(directoryHit(results)).isNull();
    }

    @Test
    void actorsFromOperatorOnlyReportsNeverAnswerMembers() {
        for (String key : new String[] {tenants.key(Role.MEMBER_ANALYST), tenants.memberAnalystOfB()}) {
            assertThat(results("directory", hidden.word() + " Instruments", key).size()).isZero();
        }
        assertThat(results("directory", hidden.word() + " Instruments", tenants.key(Role.OPERATOR_ANALYST)).size())
                .isEqualTo(1);
    }

    @Test
    void regulatorsGetNoPooledResultsAndAuditorsCannotScreen() {
        assertThat(results("directory", shared.word() + " Trading", tenants.key(Role.REGULATOR)).size()).isZero();
        TestTenants.assertRefused(api.post("/match/directory", tenants.key(Role.AUDITOR), query(shared.word())));
    }
}
