package io.blackbox.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Screening over the API against the bundled lists: hits with reasons, privacy, reviews, yente and OpenRefine. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningApiIntegrationTests {

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
    void findsAListedEntityWithItsReasons() {
        Api.Response r = api.post("/api/v1/screenings", tenants.key(Role.MEMBER_ANALYST),
                "{\"name\": \"Korea Mining Development Trading Corporation\", \"schema\": \"Company\", \"country\": \"KP\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode top = r.json().get("hits").get(0);
        assertThat(top.get("caption").asString()).containsIgnoringCase("KOREA MINING DEVELOPMENT TRADING");
        assertThat(top.get("band").asString()).isEqualTo("match");
        assertThat(top.get("score").asDouble()).isGreaterThan(0.9);
        assertThat(top.get("explanation").get("alignments").size()).isGreaterThan(0);
        assertThat(r.json().get("id").asString()).isNotBlank();
    }

    @Test
    void matchesANameWrittenInAnotherScript() {
        Api.Response r = api.post("/api/v1/screenings", tenants.key(Role.MEMBER_ANALYST),
                "{\"name\": \"Корпорация развития горнодобывающей промышленности Кореи\", \"limit\": 5}");
        assertThat(r.status()).isEqualTo(201);
        Api.Response latin = api.post("/api/v1/screenings", tenants.key(Role.MEMBER_ANALYST),
                "{\"name\": \"Сергей Шойгу\", \"schema\": \"Person\", \"limit\": 3}");
        assertThat(latin.status()).isEqualTo(201);
        assertThat(latin.json().get("hits").get(0).get("caption").asString()).containsIgnoringCase("SHOIGU");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleButTheAuditorScreens(Role role) {
        Api.Response r = api.post("/api/v1/screenings", tenants.key(role), "{\"name\": \"Acme Trading\"}");
        if (role == Role.AUDITOR) {
            TestTenants.assertRefused(r);
        } else {
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    @Test
    void aScreeningIsInvisibleToEveryOtherOrganisation() throws InterruptedException {
        String id = api.post("/api/v1/screenings", tenants.key(Role.MEMBER_ANALYST),
                "{\"name\": \"Secret Prospect Machinery\"}").text("id");
        assertThat(api.get("/api/v1/screenings/" + id, tenants.key(Role.MEMBER_ADMIN)).status()).isEqualTo(200);
        for (String other : new String[] {tenants.memberAnalystOfB(), tenants.key(Role.OPERATOR_ADMIN),
                tenants.key(Role.REGULATOR)}) {
            Api.Response r = api.get("/api/v1/screenings/" + id, other);
            assertThat(r.status()).isEqualTo(404);
            assertThat(api.get("/api/v1/screenings?limit=200", other).body()).doesNotContain(id)
                    .doesNotContain("Secret Prospect");
        }
        // the audit trail records the screening (written in batches, within moments) without the name
        long deadline = System.currentTimeMillis() + 10_000;
        while (!api.get("/api/v1/audit?limit=500", IntegrationTest.ADMIN_KEY).body().contains(id)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(api.get("/api/v1/audit?limit=500", IntegrationTest.ADMIN_KEY).body())
                .contains(id).doesNotContain("Secret Prospect");
    }

    @Test
    void aClearedHitIsSuppressedForThatCounterpartyUntilTheEntityChanges() {
        String body = "{\"name\": \"Islamic Revolutionary Guard Corps\", \"schema\": \"Organization\", \"limit\": 5}";
        Api.Response first = api.post("/api/v1/screenings", tenants.memberAnalystOfB(), body);
        String entity = first.json().get("hits").get(0).get("entityId").asString();
        Api.Response decided = api.post("/api/v1/screenings/" + first.text("id") + "/decisions", tenants.memberAnalystOfB(),
                "{\"entityId\": \"" + entity + "\", \"decision\": \"cleared\", \"note\": \"our customer is a different body\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);

        Api.Response again = api.post("/api/v1/screenings", tenants.memberAnalystOfB(), body);
        assertThat(again.body()).contains(entity);
        assertThat(again.json().get("hits").toString()).doesNotContain("\"" + entity + "\"");
        assertThat(again.json().get("suppressed").get(0).get("entityId").asString()).isEqualTo(entity);
        // another member is unaffected
        Api.Response otherMember = api.post("/api/v1/screenings", tenants.key(Role.MEMBER_ANALYST), body);
        assertThat(otherMember.json().get("hits").toString()).contains("\"" + entity + "\"");

        Api.Response bad = api.post("/api/v1/screenings/" + first.text("id") + "/decisions", tenants.memberAnalystOfB(),
                "{\"entityId\": \"" + entity + "\", \"decision\": \"maybe\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("field")).isEqualTo("decision");
    }

    @Test
    void badPartiesNameTheField() {
        String key = tenants.key(Role.MEMBER_ANALYST);
        assertThat(api.post("/api/v1/screenings", key, "{\"name\": \"   \"}").text("field")).isEqualTo("name");
        assertThat(api.post("/api/v1/screenings", key, "{\"name\": \"!!! ???\"}").text("field")).isEqualTo("name");
        assertThat(api.post("/api/v1/screenings", key, "{\"name\": \"" + "x".repeat(10_000) + "\"}").text("field"))
                .isEqualTo("name");
        assertThat(api.post("/api/v1/screenings", key, "{\"name\": \"Acme\", \"country\": \"Atlantis\"}").text("field"))
                .isEqualTo("country");
        assertThat(api.post("/api/v1/screenings", key, "{\"name\": \"Acme\", \"dob\": \"1970-13-45\"}").text("field"))
                .isEqualTo("dob");
        assertThat(api.post("/api/v1/screenings", key, "{\"name\": \"Acme\", \"schema\": \"Planet\"}").text("field"))
                .isEqualTo("schema");
        assertThat(api.post("/api/v1/screenings", key, "{\"name\": \"Acme\", \"limit\": 1000}").text("field"))
                .isEqualTo("limit");
    }

    @Test
    void yenteClientsGetYenteShapedAnswers() {
        String body = """
                {"queries": {"q1": {"schema": "Company", "properties": {"name": ["Korea Mining Development Trading Corporation"],
                 "country": ["kp"]}}, "q2": {"schema": "Person", "properties": {"name": ["Jane Nobody Unlisted"]}}}}""";
        Api.Response r = api.post("/match/default?limit=3", tenants.key(Role.MEMBER_ANALYST), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode q1 = r.json().get("responses").get("q1");
        assertThat(q1.get("status").asInt()).isEqualTo(200);
        JsonNode best = q1.get("results").get(0);
        assertThat(best.get("caption").asString()).containsIgnoringCase("KOREA MINING");
        assertThat(best.get("match").asBoolean()).isTrue();
        assertThat(best.get("datasets").get(0).asString()).isNotBlank();
        assertThat(best.get("features").has("name_similarity")).isTrue();
        assertThat(best.get("properties").get("name").size()).isGreaterThan(0);
        assertThat(r.json().get("responses").get("q2").get("total").get("value").asInt()).isGreaterThanOrEqualTo(0);

        Api.Response oneList = api.post("/match/un-sc", tenants.key(Role.MEMBER_ANALYST), body);
        assertThat(oneList.json().get("responses").get("q1").get("results")).allMatch(x ->
                x.get("datasets").get(0).asString().equals("un-sc"));
        assertThat(api.post("/match/no-such-list", tenants.key(Role.MEMBER_ANALYST), body).status()).isEqualTo(404);
        assertThat(api.post("/match/default", null, body).status()).isEqualTo(401);
    }

    @Test
    void openRefineReconcilesAColumn() {
        Api.Response manifest = api.get("/reconcile", tenants.key(Role.MEMBER_ANALYST));
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.json().get("versions").get(0).asString()).isEqualTo("0.2");
        String queries = "{\"q0\": {\"query\": \"Korea Mining Development Trading Corporation\", \"type\": \"Company\", \"limit\": 2}}";
        Api.Response r = api.get("/reconcile?api_key=" + tenants.key(Role.MEMBER_ANALYST) + "&queries="
                + URLEncoder.encode(queries, StandardCharsets.UTF_8), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode first = r.json().get("q0").get("result").get(0);
        assertThat(first.get("name").asString()).containsIgnoringCase("KOREA MINING");
        assertThat(first.get("score").asDouble()).isGreaterThan(80);
    }
}
