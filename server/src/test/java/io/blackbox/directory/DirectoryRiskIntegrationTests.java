package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

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

/** Risk with its reasons, the single-reporter cap, and burst alerts for the operator. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryRiskIntegrationTests {

    static final List<String> MANY_FLAGS = List.of("BIS-01", "BIS-02", "BIS-05", "BIS-09", "BIS-10", "BIS-13");

    @LocalServerPort
    int port;

    @Autowired
    DirectoryLinking linking;

    Api api;
    TestTenants tenants;
    String operator;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
        operator = tenants.key(Role.OPERATOR_ANALYST);
    }

    String actorOf(Front f) {
        linking.awaitIdle();
        return DirectoryFixtures.onlyActor(api, operator, f);
    }

    @Test
    void oneMembersReportsAloneNeverRaiseAnActorAboveReview() {
        Front f = Front.random();
        String key = tenants.key(Role.MEMBER_ANALYST);
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        for (int i = 0; i < 3; i++) {
            submit(api, key, report(f.word() + " Aerospace", "IR", f.email(), f.phone(), "members", today, "9A515",
                    MANY_FLAGS, "R" + i));
        }
        String id = actorOf(f);
        JsonNode risk = api.get("/api/v1/directory/actors/" + id, operator).json().get("risk");
        assertThat(risk.get("band").asString()).as(risk.toString()).isEqualTo("review");
        assertThat(risk.get("factors").toString()).contains("destination", "items", "red-flags", "repeated-reports");
        double sum = 0;
        for (JsonNode factor : risk.get("factors")) {
            sum += factor.get("points").asDouble();
        }
        assertThat(sum).isCloseTo(risk.get("score").asDouble(), org.assertj.core.data.Offset.offset(0.5));

        // a second, independent member lifts the cap
        submit(api, tenants.memberAnalystOfB(), report(f.word() + " Aerospace", "IR", f.email(), f.phone(), "members",
                today, "9A515", MANY_FLAGS, "B1"));
        linking.awaitIdle();
        JsonNode two = api.get("/api/v1/directory/actors/" + id, operator).json().get("risk");
        assertThat(two.get("band").asString()).as(two.toString()).isEqualTo("high");
        assertThat(two.get("factors").toString()).doesNotContain("single-reporter");
    }

    @Test
    void oldReportsWeighLessThanRecentOnes() {
        Front old = Front.random();
        Front recent = Front.random();
        String key = tenants.key(Role.MEMBER_ANALYST);
        submit(api, key, report(old.word() + " Valves", "AE", old.email(), old.phone(), "members", "2021-03-01", "2B350",
                List.of("BIS-02"), "OLD"));
        submit(api, key, report(recent.word() + " Valves", "AE", recent.email(), recent.phone(), "members",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), "2B350", List.of("BIS-02"), "NEW"));
        JsonNode o = api.get("/api/v1/directory/actors/" + actorOf(old), operator).json().get("risk");
        JsonNode n = api.get("/api/v1/directory/actors/" + actorOf(recent), operator).json().get("risk");
        assertThat(o.get("score").asInt()).isLessThan(n.get("score").asInt());
        assertThat(o.get("factors").toString()).contains("recency");
    }

    @Test
    void sharingAnIdentifierWithAListedActorRaisesRisk() {
        Front f = Front.random();
        String phone = f.phone();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report("Korea Mining Development Trading Corporation", "KP", null,
                phone, "members", "2026-01-05", "EAR99", List.of(), "LISTED"));
        submit(api, tenants.memberAnalystOfB(), report(f.word() + " Logistics", "AE", f.email(), phone, "members",
                "2026-01-05", "EAR99", List.of(), "NEIGHBOUR"));
        JsonNode actor = api.get("/api/v1/directory/actors/" + actorOf(f), tenants.memberAdminOfB()).json();
        assertThat(actor.get("reports").asInt()).as(actor.toString()).isEqualTo(1);
        assertThat(actor.path("risk").path("factors").toString())
                .contains("network", "shares an identifier with 1 actor matching a restricted-party list");
        assertThat(actor.get("linkedActors").toString()).contains("phone:");
    }

    @Test
    void aBurstOfReportsFromOneMemberIsFlaggedToTheOperator() {
        Front f = Front.random();
        String key = DirectoryFixtures.memberKey(api, "Burst member " + UUID.randomUUID().toString().substring(0, 8));
        for (int i = 0; i < 5; i++) {
            submit(api, key, report(f.word() + " Optics", "AE", f.email(), f.phone(), "members", "2026-01-0" + (i + 1),
                    "6A003", List.of("BIS-02"), "B" + i));
        }
        String id = actorOf(f);
        JsonNode alerts = api.get("/api/v1/directory/alerts?unseen=true", operator).json().get("items");
        JsonNode mine = null;
        for (JsonNode alert : alerts) {
            if (alert.get("actorId").asString().equals(id)) {
                mine = alert;
            }
        }
        assertThat(mine).as(alerts.toString()).isNotNull();
        assertThat(mine.get("kind").asString()).isEqualTo("burst");
        assertThat(mine.toString()).doesNotContain("Burst member");

        TestTenants.assertRefused(api.get("/api/v1/directory/alerts", key));
        TestTenants.assertRefused(api.get("/api/v1/directory/alerts", tenants.key(Role.REGULATOR)));
        TestTenants.assertRefused(api.post("/api/v1/directory/alerts/" + mine.get("id").asLong() + "/seen", key, "{}"));
        Api.Response seen = api.post("/api/v1/directory/alerts/" + mine.get("id").asLong() + "/seen", operator, "{}");
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/directory/alerts?unseen=true", operator).body()).doesNotContain("\"actorId\":\"" + id + "\"");
    }
}
