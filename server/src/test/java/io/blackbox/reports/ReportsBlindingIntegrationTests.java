package io.blackbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The blinding matrix: every role of every organisation against a report of every sharing level,
 * through read, list, search, counts, export and error messages. Member A reports; member B is the
 * other member; the regulator and the auditor see no pool; operator analysts and administrators see all.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBlindingIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    TestTenants tenants;
    final Map<Sharing, String> reportOf = new EnumMap<>(Sharing.class);
    final Map<Sharing, String> marker = new EnumMap<>(Sharing.class);
    String unique;

    /** Every caller of the matrix: a name and its key. */
    Map<String, String> callers() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("reporter analyst", tenants.key(Role.MEMBER_ANALYST));
        c.put("reporter admin", tenants.key(Role.MEMBER_ADMIN));
        c.put("other member analyst", tenants.memberAnalystOfB());
        c.put("other member admin", tenants.memberAdminOfB());
        c.put("operator analyst", tenants.key(Role.OPERATOR_ANALYST));
        c.put("operator admin", tenants.key(Role.OPERATOR_ADMIN));
        c.put("regulator", tenants.key(Role.REGULATOR));
        c.put("auditor", tenants.key(Role.AUDITOR));
        return c;
    }

    enum Sees { FULL, BLINDED, NOTHING }

    Sees expected(String caller, Sharing sharing) {
        if (caller.startsWith("reporter") || caller.startsWith("operator")) {
            return Sees.FULL;
        }
        if (caller.startsWith("other member")) {
            return sharing.sharedWithMembers() ? Sees.BLINDED : Sees.NOTHING;
        }
        return Sees.NOTHING;
    }

    @BeforeAll
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
        // six letters from a random UUID's hex digits (0-9a-f read as a-p): a word no list or other test holds
        StringBuilder letters = new StringBuilder();
        UUID.randomUUID().toString().replace("-", "").chars().limit(6)
                .forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        unique = "Zarvandi" + letters;
        for (Sharing s : Sharing.values()) {
            String name = unique + " " + s.name().replace('_', ' ') + " Trading";
            marker.put(s, name);
            Api.Response r = api.post("/api/v1/reports", tenants.key(Role.MEMBER_ANALYST),
                    ReportJsonFixtures.report(name, s.key(), "REF-" + s.name()));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            reportOf.put(s, r.text("id"));
        }
    }

    @Test
    void everyRoleSeesEachSharingLevelExactlyAsAllowed() {
        List<String> failures = new ArrayList<>();
        String missing = api.get("/api/v1/reports/" + UUID.randomUUID(), tenants.key(Role.MEMBER_ANALYST)).body();
        for (var caller : callers().entrySet()) {
            for (Sharing s : Sharing.values()) {
                Api.Response r = api.get("/api/v1/reports/" + reportOf.get(s), caller.getValue());
                Sees sees = expected(caller.getKey(), s);
                String cell = caller.getKey() + " x " + s.key() + ": ";
                switch (sees) {
                    case FULL -> {
                        if (r.status() != 200 || r.json().get("blinded").asBoolean()
                                || !r.json().path("reporter").path("organisationId").asString().equals(tenants.memberA())
                                || !"REF-".concat(s.name()).equals(r.json().path("reference").asString())) {
                            failures.add(cell + "expected full, got " + r.status() + " " + r.body());
                        }
                    }
                    case BLINDED -> {
                        JsonNode j = r.status() == 200 ? r.json() : null;
                        if (j == null || !j.get("blinded").asBoolean() || j.path("reporter").path("pseudonym").isMissingNode()
                                || j.has("reference") || j.path("reporter").has("organisation")
                                || j.path("reporter").has("organisationId") || j.has("createdAt") || j.has("original")
                                || j.has("messages") || r.body().contains(tenants.memberA()) || r.body().contains("REF-")
                                || r.body().contains("Member A ")) {
                            failures.add(cell + "expected blinded, got " + r.status() + " " + r.body());
                        }
                    }
                    case NOTHING -> {
                        if (r.status() != 404 || !r.contentType().startsWith("application/problem+json")
                                || !sameProblem(r.body(), missing)) {
                            failures.add(cell + "expected the not-found answer, got " + r.status() + " " + r.body());
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void listsSearchesAndCountsOnlyWhatEachRoleMaySee() {
        List<String> failures = new ArrayList<>();
        for (var caller : callers().entrySet()) {
            for (String scope : List.of("own", "shared")) {
                Api.Response r = api.get("/api/v1/reports?scope=" + scope + "&size=200&q=" + unique, caller.getValue());
                if (r.status() != 200) {
                    failures.add(caller.getKey() + " " + scope + ": " + r.status() + " " + r.body());
                    continue;
                }
                for (Sharing s : Sharing.values()) {
                    boolean listed = r.body().contains(reportOf.get(s));
                    Sees sees = expected(caller.getKey(), s);
                    boolean shouldList = switch (scope) {
                        case "own" -> caller.getKey().startsWith("reporter");
                        default -> sees == Sees.BLINDED || caller.getKey().startsWith("operator");
                    };
                    if (listed != shouldList) {
                        failures.add(caller.getKey() + " " + scope + " x " + s.key() + ": listed=" + listed);
                    }
                }
                long expectedTotal = r.json().get("items").size();
                if (r.json().get("total").asLong() != expectedTotal) {
                    failures.add(caller.getKey() + " " + scope + ": total " + r.json().get("total") + " but "
                            + expectedTotal + " items of " + unique);
                }
                if (caller.getKey().startsWith("other member") && (r.body().contains(tenants.memberA())
                        || r.body().contains("REF-"))) {
                    failures.add(caller.getKey() + " " + scope + ": identity leaked " + r.body());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void exportCarriesNoReporterIdentityForOtherMembers() {
        for (String key : List.of(tenants.memberAnalystOfB(), tenants.memberAdminOfB())) {
            Api.Response r = api.get("/api/v1/reports/export?scope=shared&q=" + unique, key);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains(reportOf.get(Sharing.MEMBERS), reportOf.get(Sharing.MEMBERS_GOVERNMENT))
                    .doesNotContain(reportOf.get(Sharing.OPERATOR), tenants.memberA(), "REF-", "Member A ");
        }
        Api.Response own = api.get("/api/v1/reports/export?scope=own&q=" + unique, tenants.key(Role.MEMBER_ANALYST));
        assertThat(own.body()).contains("REF-OPERATOR", "REF-MEMBERS");
        for (Role r : List.of(Role.REGULATOR, Role.AUDITOR)) {
            Api.Response none = api.get("/api/v1/reports/export?scope=shared&q=" + unique, tenants.key(r));
            assertThat(none.body()).doesNotContain(unique);
        }
    }

    @Test
    void pseudonymIsStableForOneViewerAndDiffersAcrossViewers() {
        String bAnalyst = pseudonym(tenants.memberAnalystOfB(), Sharing.MEMBERS);
        String bAdmin = pseudonym(tenants.memberAdminOfB(), Sharing.MEMBERS_GOVERNMENT);
        assertThat(bAnalyst).isEqualTo(bAdmin).startsWith("Member ");

        // a third member sees member A under another name
        String third = ReportJsonFixtures.memberKey(api, "Member C " + UUID.randomUUID().toString().substring(0, 8));
        assertThat(pseudonym(third, Sharing.MEMBERS)).isNotEqualTo(bAnalyst);
    }

    @Test
    void hidesReporterFromOtherMembersWhileShowingTheInquiry() {
        JsonNode j = api.get("/api/v1/reports/" + reportOf.get(Sharing.MEMBERS), tenants.memberAnalystOfB()).json();
        assertThat(j.path("inquirer").path("name").asString()).isEqualTo(marker.get(Sharing.MEMBERS));
        assertThat(j.path("inquirer").path("normalised").path("country").asString()).isEqualTo("AE");
        assertThat(j.path("sharedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(j.has("createdAt")).isFalse();
    }

    @Test
    void retractionRemovesTheReportFromEverythingOtherMembersSee() {
        String name = unique + " Retracted Industries";
        String id = api.post("/api/v1/reports", tenants.key(Role.MEMBER_ANALYST),
                ReportJsonFixtures.report(name, "members", "REF-RETRACT")).text("id");
        assertThat(api.get("/api/v1/reports/" + id, tenants.memberAnalystOfB()).status()).isEqualTo(200);

        Api.Response retracted = api.post("/api/v1/reports/" + id + "/retract", tenants.key(Role.MEMBER_ANALYST),
                "{\"reason\": \"sent by mistake\"}");
        assertThat(retracted.status()).as(retracted.body()).isEqualTo(200);
        assertThat(retracted.text("status")).isEqualTo("retracted");

        assertThat(api.get("/api/v1/reports/" + id, tenants.memberAnalystOfB()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports?scope=shared&q=" + name.replace(' ', '+'), tenants.memberAnalystOfB()).body())
                .doesNotContain(id);
        assertThat(api.get("/api/v1/reports/" + id, tenants.key(Role.OPERATOR_ANALYST)).text("status")).isEqualTo("retracted");
        Api.Response audit = api.get("/api/v1/audit?limit=50", IntegrationTest.ADMIN_KEY);
        assertThat(audit.body()).contains("report.retract");
    }

    @Test
    void anotherMemberCannotRetractAnswerOrGuessAReport() {
        String id = reportOf.get(Sharing.MEMBERS);
        String missing = UUID.randomUUID().toString();
        for (String path : List.of("/retract", "/messages")) {
            Api.Response theirs = api.post("/api/v1/reports/" + id + path, tenants.memberAdminOfB(), "{\"message\": \"hi\"}");
            Api.Response none = api.post("/api/v1/reports/" + missing + path, tenants.memberAdminOfB(), "{\"message\": \"hi\"}");
            assertThat(theirs.status()).isEqualTo(404);
            assertThat(sameProblem(theirs.body(), none.body())).as(theirs.body() + " vs " + none.body()).isTrue();
        }
    }

    private String pseudonym(String key, Sharing s) {
        Api.Response r = api.get("/api/v1/reports/" + reportOf.get(s), key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("reporter").path("pseudonym").asString();
    }

    /** Equal problems but for the request path they name. */
    static boolean sameProblem(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String problem) {
        return problem.replaceAll("\"instance\":\"[^\"]*\"", "").replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID");
    }
}
