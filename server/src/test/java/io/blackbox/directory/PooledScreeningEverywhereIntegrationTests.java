package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.directory.DirectoryFixtures.Front;
import io.blackbox.platform.Callers;
import io.blackbox.platform.Role;
import io.blackbox.platform.Users;
import io.blackbox.screening.ListScreening;
import io.blackbox.screening.Party;
import io.blackbox.screening.PooledScreening;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Pooled screening in the screening API, the screening page, and the in-memory index behind them. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PooledScreeningEverywhereIntegrationTests {

    private static final String PASSWORD = "a long enough password 42";

    @LocalServerPort
    int port;

    @Autowired
    DirectoryLinking linking;

    @Autowired
    io.blackbox.screening.Monitoring monitoring;

    @Autowired
    PooledActors pool;

    @Autowired
    ListScreening lists;

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    Api api;
    TestTenants tenants;
    Front shared;
    String alias;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
        shared = Front.random();
        alias = Front.random().word();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(shared, shared.word() + " Precision FZE", "members"));
        submit(api, tenants.memberAdminOfB(), report(shared, shared.word() + " Precision", "members+government"));
        // the same front under another name, told to the operator only
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(shared, alias + " Holdings", "operator"));
        linking.awaitIdle();
        pool.refresh();
    }

    Api.Response screen(String key, String body) {
        Api.Response r = api.post("/api/v1/screenings", key, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r;
    }

    static String party(String name) {
        return "{\"name\": \"" + name + "\", \"schema\": \"Company\", \"country\": \"AE\"}";
    }

    @Test
    void theScreeningApiReturnsBlindedDirectoryHitsAsASourceOfTheirOwn() {
        Api.Response r = screen(tenants.memberAnalystOfB(), party(shared.word() + " Precision"));
        JsonNode directory = r.json().get("directory");
        assertThat(directory.size()).as(r.body()).isEqualTo(1);
        JsonNode hit = directory.get(0);
        assertThat(hit.get("source").asString()).isEqualTo("directory");
        assertThat(hit.get("entityId").asString()).startsWith("directory:A");
        assertThat(hit.get("score").asDouble()).isGreaterThan(0.8);
        assertThat(hit.get("summary").asString()).isEqualTo(
                "2 independent members reported this actor since 2026-01; red flags BIS-02, BIS-10; sought 2B001");
        assertThat(hit.get("properties").get("independentReporters").get(0).asString()).isEqualTo("2");
        for (JsonNode h : r.json().get("hits")) {
            assertThat(h.get("source").asString()).isNotEqualTo("directory");
        }
        assertThat(r.body()).doesNotContain(tenants.memberA(), tenants.memberB(), "Member A ", "Member B ", "REF-",
                alias);

        Api.Response again = api.get("/api/v1/screenings/" + r.text("id"), tenants.memberAnalystOfB());
        assertThat(again.json().get("directory").get(0).get("summary").asString()).isEqualTo(hit.get("summary").asString());

        // the screening's audit entry names the pooled actor it was shown
        String entry = hit.get("entityId").asString();
        long deadline = System.currentTimeMillis() + 10_000;
        String audit;
        do {
            audit = api.get("/api/v1/audit?limit=500", IntegrationTest.ADMIN_KEY).body();
        } while (!audit.contains(r.text("id")) && System.currentTimeMillis() < deadline && pause());
        assertThat(audit).contains("directory=" + entry);
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void listSourcesLeaveThePoolOutAndTheDirectorySourceKeepsOnlyIt() {
        String name = shared.word() + " Precision";
        JsonNode lists = api.get("/api/v1/lists", tenants.key(Role.MEMBER_ANALYST)).json();
        String anyList = lists.isArray() ? lists.get(0).path("key").asString() : lists.path("items").get(0).path("key").asString();
        JsonNode onlyList = screen(tenants.key(Role.MEMBER_ANALYST), "{\"name\": \"" + name + "\", \"sources\": [\""
                + anyList + "\"]}").json();
        assertThat(onlyList.get("directory").size()).isZero();
        JsonNode onlyPool = screen(tenants.key(Role.MEMBER_ANALYST), "{\"name\": \"" + name
                + "\", \"sources\": [\"directory\"]}").json();
        assertThat(onlyPool.get("directory").size()).isEqualTo(1);
        assertThat(onlyPool.get("hits").size()).isZero();
    }

    @Test
    void aNameOnlyTheOperatorWasToldNeverFindsTheActorForMembers() {
        for (String key : new String[] {tenants.key(Role.MEMBER_ANALYST), tenants.memberAnalystOfB()}) {
            JsonNode directory = screen(key, party(alias + " Holdings")).json().get("directory");
            assertThat(directory.size()).as(directory.toString()).isZero();
        }
        JsonNode operator = screen(tenants.key(Role.OPERATOR_ANALYST), party(alias + " Holdings")).json().get("directory");
        assertThat(operator.size()).as(operator.toString()).isEqualTo(1);
    }

    @Test
    void batchResultsCarryDirectoryHitsAsTheirOwnSource() {
        String csv = "id;name;type;country\n" + "p1;" + shared.word() + " Precision;Company;AE\n"
                + "p2;" + alias + " Holdings;Company;AE\n";
        Api.Response submitted = api.upload("/api/v1/screenings/batch", tenants.memberAnalystOfB(), "customers.csv", csv);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.text("id");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!"done".equals(api.get("/api/v1/screenings/batch/" + id, tenants.memberAnalystOfB()).text("status"))
                && System.currentTimeMillis() < deadline && pause()) {
            // waiting for the job
        }
        String results = api.get("/api/v1/screenings/batch/" + id + "/results?format=csv", tenants.memberAnalystOfB()).body();
        List<String> pooled = results.lines().filter(l -> l.contains(",directory,")).toList();
        assertThat(pooled).as(results).hasSize(1);
        assertThat(pooled.getFirst()).contains(",p1,").contains("directory:A");
        assertThat(results).doesNotContain("Member A ", "REF-").doesNotContainIgnoringCase(alias + " holdings,directory");
    }

    @Test
    void aPortfolioEntryThatOtherMembersNowReportRaisesAnAlert() {
        Front watched = Front.random();
        String key = tenants.key(Role.MEMBER_ANALYST);
        Api.Response added = api.post("/api/v1/portfolio", key, "{\"externalId\": \"pool-" + watched.word()
                + "\", \"name\": \"" + watched.word() + " Kinetics\", \"schema\": \"Company\", \"country\": \"AE\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("hits").asInt()).isZero();

        submit(api, tenants.memberAnalystOfB(), report(watched, watched.word() + " Kinetics LLC", "members"));
        linking.awaitIdle();
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode mine = null;
        while (mine == null && System.currentTimeMillis() < deadline && pause()) {
            for (JsonNode a : api.get("/api/v1/alerts", key).json()) {
                if (("pool-" + watched.word()).equals(a.get("externalId").asString())) {
                    mine = a;
                }
            }
        }
        assertThat(mine).as("an alert for the monitored counterparty").isNotNull();
        assertThat(mine.get("kind").asString()).isEqualTo("new-hit");
        assertThat(mine.get("entityId").asString()).startsWith("directory:A");
        assertThat(mine.get("reason").asString()).contains("directory");
        assertThat(mine.toString()).doesNotContain(tenants.memberB(), "Member B ", "REF-");
    }

    @Test
    void regulatorsScreenTheListsOnly() {
        JsonNode directory = screen(tenants.key(Role.REGULATOR), party(shared.word() + " Precision")).json().get("directory");
        assertThat(directory.size()).isZero();
    }

    @Test
    void newReportsAnswerOnceTheIndexRebuiltOnItsOwn() throws InterruptedException {
        Front late = Front.random();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(late, late.word() + " Optics", "members"));
        linking.awaitIdle();
        int found = 0;
        for (int i = 0; i < 100 && found == 0; i++) {
            found = screen(tenants.memberAnalystOfB(), party(late.word() + " Optics")).json().get("directory").size();
            if (found == 0) {
                Thread.sleep(100);
            }
        }
        assertThat(found).as("the debounced rebuild picked up the new actor").isEqualTo(1);
    }

    @Test
    void theScreeningPageShowsTheDirectoryHitsBlinded() throws Exception {
        String username = "member-analyst-" + UUID.randomUUID().toString().substring(0, 8);
        Callers.runAsSystem("test", () -> users.create(UUID.fromString(tenants.memberB()), username, username,
                Role.MEMBER_ANALYST, PASSWORD));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/screening").session(session).with(csrf()).param("name", shared.word() + " Precision")
                        .param("country", "AE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("In the directory of reported actors"),
                        Matchers.containsString("2 independent members reported this actor since 2026-01"),
                        Matchers.not(Matchers.containsString("Member A ")),
                        Matchers.not(Matchers.containsString(alias)))));
    }

    @Test
    void aPersonScreenedAsAPersonFindsAPooledPersonWhoseMiddleNameWasDropped() {
        Front person = Front.random();
        String name = "Radoslav " + person.word() + " Vukanovic";
        submit(api, tenants.memberAnalystOfB(), report(person, name, "members")
                .replace("\"inquirer\": {", "\"inquirer\": {\"kind\": \"person\", "));
        linking.awaitIdle();
        pool.refresh();
        JsonNode directory = screen(tenants.key(Role.MEMBER_ANALYST),
                "{\"name\": \"Radoslav Vukanovic\", \"schema\": \"Person\"}").json().get("directory");
        // the name alone scores in the review band; the pool's index must not mark it down as another schema
        assertThat(directory.findValuesAsString("caption")).as(directory.toString()).contains(name);
    }

    @Test
    void eachScreeningTimesItsListsAndPoolPartsForTheOperatorsMetrics() {
        double listsBefore = screenings("lists");
        double poolBefore = screenings("pool");
        screen(tenants.key(Role.MEMBER_ANALYST), party(shared.word() + " Precision"));
        assertThat(screenings("lists")).isGreaterThanOrEqualTo(listsBefore + 1);
        assertThat(screenings("pool")).isGreaterThanOrEqualTo(poolBefore + 1);
        String metrics = api.get("/actuator/prometheus", IntegrationTest.ADMIN_KEY).body();
        // a histogram down to tens of microseconds, so that a sub-millisecond part has a distribution
        assertThat(metrics).containsPattern("blackbox_screening_search_seconds_bucket\\{part=\"pool\",le=\"1\\.0E-5\"}")
                .contains("blackbox_screening_search_seconds_sum{part=\"pool\"}");
    }

    @Test
    void thePoolsStepsShowWhenAScreeningReadTheDatabaseAndWhenItFoundTheActorInMemory() {
        String key = tenants.key(Role.MEMBER_ANALYST);
        // A change to the pool between the two screenings would send the second to the database too, and a
        // portfolio re-screen (started by an earlier test's list or pool change) takes the pool's steps too:
        // each attempt starts when no re-screen is underway, and is made again if one of them got in between.
        for (int attempt = 0; ; attempt++) {
            assertThat(monitoring.awaitRescreens(java.time.Duration.ofSeconds(30))).isTrue();
            long changes = linking.changes();
            double index = steps("index");
            double read = steps("read");
            double score = steps("score");
            screen(key, party(shared.word() + " Precision"));
            screen(key, party(shared.word() + " Precision"));
            if ((linking.changes() != changes || steps("index") != index + 2) && attempt < 3) {
                continue;
            }
            assertThat(steps("index")).isEqualTo(index + 2);
            assertThat(steps("score")).isEqualTo(score + 2);
            // the first read the actor for this organisation (unless an earlier test had), the second did not
            assertThat(steps("read")).isBetween(read, read + 1);
            break;
        }
        // a screening that finds no pooled candidate costs the index step alone
        for (int attempt = 0; ; attempt++) {
            assertThat(monitoring.awaitRescreens(java.time.Duration.ofSeconds(30))).isTrue();
            double index = steps("index");
            double score = steps("score");
            screen(key, party("Qwxz Unrelated Widgets"));
            if (steps("index") != index + 1 && attempt < 3) {
                continue;
            }
            assertThat(steps("index")).isEqualTo(index + 1);
            assertThat(steps("score")).isEqualTo(score);
            break;
        }
    }

    private double steps(String step) {
        return count("blackbox_pool_step_seconds_count{step=\"" + step + "\"} ");
    }

    /** The count of {@code blackbox_screening_search_seconds} for a part, from the Prometheus endpoint. */
    private double screenings(String part) {
        return count("blackbox_screening_search_seconds_count{part=\"" + part + "\"} ");
    }

    private double count(String prefix) {
        return api.get("/actuator/prometheus", IntegrationTest.ADMIN_KEY).body().lines()
                .filter(l -> l.startsWith(prefix)).mapToDouble(l -> Double.parseDouble(l.substring(prefix.length())))
                .findFirst().orElse(0);
    }

    /**
     * Asked for one hit, the pool reads the best candidate first; when the member may not see it, the next
     * round reads the others (in the same transaction) and the member gets the one it may see.
     */
    @Test
    void aCandidateTheMemberMayNotSeeLeavesItsPlaceToTheNextRound() {
        Front hidden = Front.random();
        Front seen = Front.random();
        String word = Front.random().word();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(hidden, word + " Kinetic Alloys", "operator"));
        submit(api, tenants.memberAdminOfB(), report(seen, word + " Kinetic Alloy Supplies", "members"));
        linking.awaitIdle();
        pool.refresh();
        String query = PooledScreeningIntegrationTests.query(word + " Kinetic Alloys");

        Api.Response staff = api.post("/match/directory?limit=1", tenants.key(Role.OPERATOR_ANALYST), query);
        assertThat(staff.status()).as(staff.body()).isEqualTo(200);
        JsonNode best = staff.json().path("responses").path("q1").path("results");
        assertThat(best).as(staff.body()).hasSize(1);
        assertThat(best.get(0).get("caption").asString()).isEqualTo(word + " Kinetic Alloys");

        Api.Response member = api.post("/match/directory?limit=1", tenants.memberAnalystOfB(), query);
        assertThat(member.status()).as(member.body()).isEqualTo(200);
        JsonNode results = member.json().path("responses").path("q1").path("results");
        assertThat(results).as(member.body()).hasSize(1);
        assertThat(results.get(0).get("caption").asString()).isEqualTo(word + " Kinetic Alloy Supplies");
        assertThat(results.get(0).get("id").asString()).isNotEqualTo(best.get(0).get("id").asString());
    }

    @Test
    void thePoolAnswersPreparedQueriesAgainAndAgain() {
        Party miss = Party.parse(List.of("Qwxz Unrelated Widgets"), "Company", List.of(), List.of(), null, null, null,
                null, null);
        Party hit = Party.parse(List.of(shared.word() + " Precision"), "Company", List.of("AE"), List.of(), null, null,
                null, null, null);
        var matcher = lists.matcher();
        var missQuery = matcher.prepare(miss.toQuery());
        var hitQuery = matcher.prepare(hit.toQuery());
        Callers.runAsSystem("test", () -> {
            // the second round is answered from what the first read; both must agree
            for (int i = 0; i < 2; i++) {
                assertThat(pool.match(missQuery, 10, 0.65)).isEmpty();
                assertThat(pool.match(hitQuery, 10, 0.65)).singleElement()
                        .satisfies(m -> assertThat(m.properties().get("independentReporters")).containsExactly("2"));
            }
        });
        assertThat(PooledScreening.DATASET).isEqualTo("directory");
    }
}
