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

    @Autowired
    Actors actors;

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

    /**
     * {@code x} quotes a forwarder's office that more actors quote than a network follows, and a phone. One
     * listed actor quotes only the office (a hub: no link), one the phone in a report members see, one the
     * phone in an operator-only report. Members count one listed neighbour, operator staff every listed actor
     * linked through the phone; both whether or not the set of values listed reports quote was known yet.
     */
    @Test
    void listedActorsCountOnlyThroughValuesThatAreNotHubsAndInReportsTheCallerMaySee() throws Exception {
        Front x = Front.random();
        String hub = "Unit 7, Forwarder Zone " + x.word() + ", Jebel Ali";
        String a = tenants.key(Role.MEMBER_ANALYST);
        String b = tenants.memberAnalystOfB();
        submit(api, a, NetworksIntegrationTests.body(x, x.word() + " Trading", x.email(), x.phone(), hub, "members"));
        Front onHub = Front.random();
        submit(api, b, NetworksIntegrationTests.body(onHub, "Korea Mining Development Trading Corporation",
                onHub.email(), onHub.phone(), hub, "members"));
        Front byPhone = Front.random();
        submit(api, b, NetworksIntegrationTests.body(byPhone, "Mahan Air", byPhone.email(), x.phone(), null, "members"));
        Front secret = Front.random();
        submit(api, b, NetworksIntegrationTests.body(secret, "Islamic Republic of Iran Shipping Lines", secret.email(),
                x.phone(), null, "operator"));
        // more than a network follows, in several trades so that the linker keeps them apart
        for (int i = 0; i < Networks.FOLLOW_ACTORS + 5; i++) {
            Front f = Front.random();
            String trade = NetworkHubsIntegrationTests.TRADES[i % NetworkHubsIntegrationTests.TRADES.length];
            submit(api, i % 2 == 0 ? a : b, NetworksIntegrationTests.body(f, f.word() + " " + trade, f.email(), f.phone(),
                    hub, "members"));
        }
        String id = actorOf(x);

        // what operator staff see linked through the phone, all of it listed
        JsonNode staffView = api.get("/api/v1/directory/actors/" + id, operator).json();
        assertThat(staffView.get("reports").asInt()).as(staffView.toString()).isEqualTo(1);
        java.util.Set<String> viaPhone = new java.util.HashSet<>();
        staffView.get("linkedActors").forEach(l -> {
            if (l.get("via").toString().contains("phone:")) {
                viaPhone.add(l.get("id").asString());
            }
        });
        assertThat(viaPhone).as(staffView.toString()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        for (String linked : viaPhone) {
            assertThat(api.get("/api/v1/directory/actors/" + linked, operator).json().get("listHits").size())
                    .as(linked).isPositive();
        }
        assertThat(staffView.get("hubs").toString()).as(staffView.toString()).contains("forwarder zone " + x.word().toLowerCase());
        assertThat(staffView.path("risk").path("factors").toString()).contains("shares an identifier with "
                + viaPhone.size() + (viaPhone.size() == 1 ? " actor" : " actors") + " matching a restricted-party list");

        // members: the operator-only report and the hub link nobody
        JsonNode first = api.get("/api/v1/directory/actors/" + id, b).json();
        assertThat(first.path("risk").path("factors").toString()).as(first.toString())
                .contains("shares an identifier with 1 actor matching a restricted-party list");
        assertThat(actors.awaitListedValues(java.time.Duration.ofSeconds(10))).isTrue();
        String other = DirectoryFixtures.memberKey(api, "Risk member " + UUID.randomUUID().toString().substring(0, 8));
        JsonNode second = api.get("/api/v1/directory/actors/" + id, other).json();
        assertThat(second.path("risk").path("factors").toString()).as(second.toString())
                .contains("shares an identifier with 1 actor matching a restricted-party list");
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
