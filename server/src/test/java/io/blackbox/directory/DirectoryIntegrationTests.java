package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * Linking in the product and who sees which actor: reports link into actors as they arrive; an actor
 * shows each role only what the reports behind it allow; merges and splits survive relinking.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DirectoryLinking linking;

    Api api;
    TestTenants tenants;
    String a;
    String b;
    String operator;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
        a = tenants.key(Role.MEMBER_ANALYST);
        b = tenants.memberAnalystOfB();
        operator = tenants.key(Role.OPERATOR_ANALYST);
    }

    /** The one actor the operator finds under a front's unique word. */
    String actorOf(Front f) {
        linking.awaitIdle();
        return DirectoryFixtures.onlyActor(api, operator, f);
    }

    @Test
    void linksReportsOfOneFrontIntoOneActorAcrossMembers() {
        Front f = Front.random();
        submit(api, a, report(f, f.word() + " Trading FZE", "members"));
        submit(api, b, report(f, f.word() + " Trading", "members"));
        String id = actorOf(f);

        JsonNode actor = api.get("/api/v1/directory/actors/" + id, operator).json();
        assertThat(actor.get("reports").asInt()).isEqualTo(2);
        assertThat(actor.get("independentReporters").asInt()).isEqualTo(2);
        assertThat(actor.get("names").toString()).contains(f.word() + " Trading FZE", f.word() + " Trading\"");
        assertThat(actor.get("countries").toString()).contains("AE");
        assertThat(actor.path("identifiers").path("emails").toString()).contains(f.email());
        assertThat(actor.path("items").get(0).get("eccn").asString()).isEqualTo("2B001");
        assertThat(actor.get("redFlags").toString()).contains("BIS-02", "BIS-10");
        assertThat(actor.get("firstSeen").asString()).isEqualTo("2026-01-05");
        assertThat(actor.get("lastSeen").asString()).isEqualTo("2026-01-05");
        assertThat(actor.path("risk").path("factors").toString()).contains("independent-reporters");
        // the operator sees why the reports were linked; members never see report ids or explanations
        assertThat(actor.get("reportRefs").toString()).contains("EMAIL", "p=");
        assertThat(api.get("/api/v1/directory/actors/" + id, b).body()).doesNotContain("reportRefs", "EMAIL");

        linking.rebuild("test");
        assertThat(api.get("/api/v1/directory/actors/" + id, operator).json().get("reportRefs").toString())
                .contains("EMAIL", "p=");
    }

    @Test
    void everyRoleSeesAnActorOnlyThroughReportsItMaySee() {
        Front hidden = Front.random();
        Front shared = Front.random();
        submit(api, a, report(hidden, hidden.word() + " Industrial", "operator"));
        submit(api, a, report(shared, shared.word() + " Machinery", "members"));
        submit(api, b, report(shared, shared.word() + " Machinery LLC", "members+government"));
        String hiddenId = actorOf(hidden);
        String sharedId = actorOf(shared);

        String missing = api.get("/api/v1/directory/actors/A999999999", a).body();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("member A analyst", a);
        callers.put("member A admin", tenants.key(Role.MEMBER_ADMIN));
        callers.put("member B analyst", b);
        callers.put("member B admin", tenants.memberAdminOfB());
        callers.put("operator analyst", operator);
        callers.put("operator admin", tenants.key(Role.OPERATOR_ADMIN));
        callers.put("regulator", tenants.key(Role.REGULATOR));
        callers.put("auditor", tenants.key(Role.AUDITOR));
        List<String> failures = new ArrayList<>();
        for (var c : callers.entrySet()) {
            boolean staff = c.getKey().startsWith("operator");
            boolean member = c.getKey().startsWith("member");
            Api.Response h = api.get("/api/v1/directory/actors/" + hiddenId, c.getValue());
            if (staff ? h.status() != 200 : (h.status() != 404 || !sameProblem(h.body(), missing))) {
                failures.add(c.getKey() + " x operator-only actor: " + h.status() + " " + h.body());
            }
            Api.Response s = api.get("/api/v1/directory/actors/" + sharedId, c.getValue());
            if ((staff || member) ? s.status() != 200 : (s.status() != 404 || !sameProblem(s.body(), missing))) {
                failures.add(c.getKey() + " x shared actor: " + s.status() + " " + s.body());
            }
            if (member && s.status() == 200 && (s.body().contains(tenants.memberA()) || s.body().contains(tenants.memberB())
                    || s.body().contains("Member A ") || s.body().contains("Member B ") || s.body().contains("REF-")
                    || s.json().has("reportRefs"))) {
                failures.add(c.getKey() + " x shared actor: reporter identity leaked " + s.body());
            }
            if (staff && !s.json().has("reportRefs")) {
                failures.add(c.getKey() + ": operator staff should get the report ids");
            }
            Api.Response search = api.get("/api/v1/directory/actors?q=" + hidden.word(), c.getValue());
            boolean listed = search.status() == 200 && search.body().contains("\"" + hiddenId + "\"");
            if (listed != staff) {
                failures.add(c.getKey() + " search for the operator-only actor: " + search.status() + " " + search.body());
            }
        }
        assertThat(failures).isEmpty();
        JsonNode seenByB = api.get("/api/v1/directory/actors/" + sharedId, b).json();
        assertThat(seenByB.get("independentReporters").asInt()).isEqualTo(2);
        assertThat(seenByB.get("reports").asInt()).isEqualTo(2);
    }

    @Test
    void membersSeeOnlyTheDataOfReportsTheyMaySee() {
        Front f = Front.random();
        submit(api, a, report(f, f.word() + " Precision", "members"));
        // the same front, reported operator-only with a secret second phone and another spelling
        submit(api, a, report(f.word() + " Precision Ltd", "AE", f.email(), "+971 4 777 1234", "operator", "2025-06-01",
                "9A515", List.of("BIS-05"), "REF-SECRET"));
        String id = actorOf(f);

        JsonNode op = api.get("/api/v1/directory/actors/" + id, operator).json();
        assertThat(op.get("reports").asInt()).isEqualTo(2);
        assertThat(op.toString()).contains("+97147771234", "9A515", "BIS-05", f.word() + " Precision Ltd");
        assertThat(op.get("firstSeen").asString()).isEqualTo("2025-06-01");

        for (String key : List.of(b, a)) {
            JsonNode m = api.get("/api/v1/directory/actors/" + id, key).json();
            assertThat(m.get("reports").asInt()).isEqualTo(1);
            assertThat(m.toString()).doesNotContain("+97147771234", "9A515", "BIS-05", "Precision Ltd", "REF-");
            assertThat(m.get("firstSeen").asString()).isEqualTo("2026-01-05");
        }
    }

    @Test
    void retractedAndRejectedReportsLeaveTheDirectory() {
        Front f = Front.random();
        String first = submit(api, a, report(f, f.word() + " Components", "members"));
        String id = actorOf(f);
        assertThat(api.get("/api/v1/directory/actors/" + id, b).status()).isEqualTo(200);

        Api.Response retract = api.post("/api/v1/reports/" + first + "/retract", a, "{\"reason\": \"mistake\"}");
        assertThat(retract.status()).as(retract.body()).isEqualTo(200);
        linking.awaitIdle();
        assertThat(api.get("/api/v1/directory/actors/" + id, b).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/directory/actors/" + id, operator).status()).isEqualTo(404);

        Front g = Front.random();
        String other = submit(api, b, report(g, g.word() + " Alloys", "members"));
        String gid = actorOf(g);
        Api.Response reject = api.post("/api/v1/reports/" + other + "/reject", operator, "{\"reason\": \"not an inquiry\"}");
        assertThat(reject.status()).as(reject.body()).isEqualTo(200);
        linking.awaitIdle();
        assertThat(api.get("/api/v1/directory/actors/" + gid, a).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/directory/actors?q=" + g.word(), operator).json().get("items").size()).isZero();
    }

    @Test
    void operatorMergesAndSplitsActorsAndDecisionsSurviveRelinking() {
        Front x = Front.random();
        Front y = Front.random();
        String x1 = submit(api, a, report(x, x.word() + " Holding", "members"));
        String y1 = submit(api, b, report(y, y.word() + " Supply", "members"));
        String xid = actorOf(x);
        String yid = actorOf(y);
        assertThat(xid).isNotEqualTo(yid);

        TestTenants.assertRefused(api.post("/api/v1/directory/actors/" + xid + "/merge", a,
                "{\"with\": \"" + yid + "\", \"reason\": \"same front\"}"));
        Api.Response noReason = api.post("/api/v1/directory/actors/" + xid + "/merge", operator,
                "{\"with\": \"" + yid + "\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("field")).isEqualTo("reason");

        Api.Response merged = api.post("/api/v1/directory/actors/" + xid + "/merge", operator,
                "{\"with\": \"" + yid + "\", \"reason\": \"same director, same bank account\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        String mid = merged.text("id");
        assertThat(mid).isIn(xid, yid);
        assertThat(merged.json().get("reports").asInt()).isEqualTo(2);
        // the old id leads to the merged actor
        String gone = mid.equals(xid) ? yid : xid;
        assertThat(api.get("/api/v1/directory/actors/" + gone, b).text("id")).isEqualTo(mid);

        linking.rebuild("test");
        assertThat(api.get("/api/v1/directory/actors/" + mid, operator).json().get("reports").asInt()).isEqualTo(2);

        Api.Response split = api.post("/api/v1/directory/actors/" + mid + "/split", operator,
                "{\"reports\": [\"" + y1 + "\"], \"reason\": \"different firms after all\"}");
        assertThat(split.status()).as(split.body()).isEqualTo(200);
        String rest = split.text("actor");
        String off = split.text("splitOff");
        assertThat(rest).isNotEqualTo(off);
        linking.rebuild("test");
        assertThat(api.get("/api/v1/directory/actors/" + rest, operator).json().get("reportRefs").toString())
                .contains(x1).doesNotContain(y1);
        assertThat(api.get("/api/v1/directory/actors/" + off, operator).json().get("reportRefs").toString())
                .contains(y1).doesNotContain(x1);

        JsonNode decisions = api.get("/api/v1/directory/decisions", operator).json().get("items");
        assertThat(decisions.toString()).contains("same-actor", "different-actor", "same director, same bank account");
        TestTenants.assertRefused(api.get("/api/v1/directory/decisions", a));
        String audit = api.get("/api/v1/audit?limit=200", tenants.key(Role.OPERATOR_ADMIN)).body();
        assertThat(audit).contains("directory.merge", "directory.split");
    }

    @Test
    void newReportsNeverJoinAcrossASplit() {
        Front f = Front.random();
        String r1 = submit(api, a, report(f, f.word() + " Engineering", "members"));
        String r2 = submit(api, b, report(f, f.word() + " Engineering", "members"));
        String id = actorOf(f);
        Api.Response split = api.post("/api/v1/directory/actors/" + id + "/split", operator,
                "{\"reports\": [\"" + r2 + "\"], \"reason\": \"namesakes\"}");
        assertThat(split.status()).as(split.body()).isEqualTo(200);
        String r3 = submit(api, tenants.memberAdminOfB(), report(f.word() + " Engineering", "AE", f.email(), f.phone(),
                "members", "2026-02-01", "2B001", List.of("BIS-02"), "REF-3"));
        linking.awaitIdle();
        JsonNode items = api.get("/api/v1/directory/actors?q=" + f.word(), operator).json().get("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(r1).isNotEqualTo(r3);
    }

    @Test
    void actorIdsStayTheSameWhenTheDirectoryIsRelinkedFromTheDatabase() {
        Front f = Front.random();
        submit(api, a, report(f, f.word() + " Hydraulics", "members"));
        submit(api, b, report(f, f.word() + " Hydraulics FZCO", "members"));
        String before = actorOf(f);
        linking.rebuild("test");
        assertThat(actorOf(f)).isEqualTo(before);
        assertThat(api.get("/api/v1/directory/actors/" + before, b).json().get("reports").asInt()).isEqualTo(2);
    }

    private static boolean sameProblem(String body, String reference) {
        return body.replaceAll("\"instance\":\"[^\"]*\"", "").equals(reference.replaceAll("\"instance\":\"[^\"]*\"", ""));
    }
}
