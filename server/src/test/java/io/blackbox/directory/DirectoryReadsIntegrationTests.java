package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.directory.DirectoryFixtures.Front;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Role;
import io.blackbox.reports.ReportFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * How the directory reads stay fast without changing what anybody sees: pooled screening keeps what an
 * organisation read until the pool changes, and look-ups by shared identifier use an index under the row
 * policies.
 */
@IntegrationTest
class DirectoryReadsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DirectoryLinking linking;

    @Autowired
    PooledActors pool;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ReportFeed feed;

    @Autowired
    Actors actors;

    @Autowired
    MembersViewsKeeper keeper;

    Api api;
    TestTenants tenants;

    @BeforeEach
    void setUp() throws InterruptedException {
        api = new Api(port);
        tenants = TestTenants.create(api);
        // these tests see what screenings read themselves: no views kept in the background meanwhile
        keeper.automatic(false);
        assertThat(keeper.awaitIdle(Duration.ofSeconds(60))).isTrue();
    }

    @AfterEach
    void keepViewsAgain() {
        keeper.automatic(true);
    }

    JsonNode pooledHit(String name, String key) {
        return DirectoryFixtures.pooledHit(api, key, name);
    }


    void settle() {
        linking.awaitIdle();
        pool.refresh();
    }

    /**
     * Runs in one transaction as a member would read, without its own tag (so only what other members may
     * see), with sequential scans off so that a plan shows whether an index can serve the query.
     */
    List<String> asMemberWithoutIndexlessPlans(Supplier<List<String>> work) {
        return Callers.runAsSystem("test", () -> tx.execute(s -> {
            jdbc.sql("SELECT set_config('app.org_kind', 'member', true) || set_config('app.role', 'member_analyst', true)")
                    .query(String.class).single();
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return work.get();
        }));
    }

    @Test
    void whatOneMemberScreenedAnswersAnotherFromMemoryWithTheSameAnswer() throws InterruptedException {
        Front f = Front.random();
        String name = f.word() + " Trading";
        String a = tenants.key(Role.MEMBER_ANALYST);
        String b = tenants.memberAnalystOfB();
        submit(api, a, report(f, f.word() + " Trading FZE", "members"));
        submit(api, b, report(f, f.word() + " Trading FZE", "operator"));
        settle();
        assertThat(actors.awaitOwnOnlyReports(Duration.ofSeconds(10))).isTrue();

        // (counted by what is kept, not by the read meter, which portfolio re-checks elsewhere also move)
        String id = DirectoryFixtures.onlyActor(api, tenants.key(Role.OPERATOR_ANALYST), f);
        Caller memberOfB = new Caller(null, UUID.fromString(tenants.memberB()), OrganisationKind.MEMBER,
                Role.MEMBER_ANALYST, "test", Set.of(Caller.READ));
        assertThat(actors.readerFor(memberOfB)).isSameAs(Actors.MEMBERS);
        assertThat(actors.cachedViews(List.of(id), Actors.MEMBERS)).as("not read yet").isEmpty();
        JsonNode first = pooledHit(name, a);
        assertThat(DirectoryFixtures.property(first, "reports")).isEqualTo("1");
        assertThat(actors.cachedViews(List.of(id), Actors.MEMBERS)).as("read once for all members")
                .hasValueSatisfying(views -> assertThat(views.get(id).reports()).isEqualTo(1));
        JsonNode second = pooledHit(name, b);
        assertThat(second).as("another member is answered what the first was").isEqualTo(first);
        // operator staff are no members: they read for themselves, and see the operator-only report too
        assertThat(DirectoryFixtures.property(pooledHit(name, tenants.key(Role.OPERATOR_ANALYST)), "reports"))
                .isEqualTo("2");
        assertThat(actors.cachedViews(List.of(id), Actors.MEMBERS).orElseThrow().get(id).reports()).isEqualTo(1);
    }

    @Test
    void actorsLinkedIntoSinceTheLastFullBuildAnswerFromTheIndexOfRecentActorsOnce() {
        Front f = Front.random();
        String a = tenants.key(Role.MEMBER_ANALYST);
        submit(api, a, report(f, f.word() + " Trading FZE", "members"));
        linking.awaitIdle();
        pool.rebuildAll();
        String id = DirectoryFixtures.onlyActor(api, a, f);
        assertThat(pool.snapshot().recentIds()).doesNotContain(id);

        // the same front (same e-mail and phone) under a new name, indexed by the build after the change
        String renamed = f.word() + " " + Front.random().word() + " Works";
        submit(api, tenants.memberAnalystOfB(), report(f, renamed, "members"));
        linking.awaitIdle();
        assertThat(DirectoryFixtures.onlyActor(api, a, f)).as("linked into the same actor").isEqualTo(id);
        assertThat(pool.awaitCurrent(Duration.ofSeconds(20))).isTrue();
        assertThat(pool.snapshot().recentIds()).contains(id);
        assertThat(pool.snapshot().recent()).isNotNull();

        // the full index's answer for the actor is stale and left out: the actor answers once, by either name
        for (String name : List.of(renamed, f.word() + " Trading")) {
            Api.Response r = api.post("/match/directory", a, PooledScreeningIntegrationTests.query(name));
            List<String> ids = r.json().path("responses").path("q1").path("results").valueStream()
                    .map(x -> x.path("id").asString()).toList();
            assertThat(ids).as(name).filteredOn(x -> x.endsWith(id)).hasSize(1);
        }
        assertThat(DirectoryFixtures.property(pooledHit(renamed, a), "reports")).isEqualTo("2");

        pool.rebuildAll();
        assertThat(pool.snapshot().recentIds()).isEmpty();
        assertThat(pool.snapshot().recent()).isNull();
        assertThat(DirectoryFixtures.property(pooledHit(renamed, a), "reports")).isEqualTo("2");
    }

    @Test
    void aRepeatedScreeningAnswersWhatThePoolHoldsNowNotWhatItHeldBefore() {
        Front f = Front.random();
        String a = tenants.key(Role.MEMBER_ANALYST);
        String b = tenants.memberAnalystOfB();
        submit(api, a, report(f, f.word() + " Trading FZE", "members"));
        settle();
        JsonNode first = pooledHit(f.word() + " Trading", b);
        assertThat(first.path("properties").path("independentReporters").get(0).asString()).isEqualTo("1");
        assertThat(pooledHit(f.word() + " Trading", b)).as("the same answer again").isEqualTo(first);

        // an operator-only report of the same front: the operator counts it, the member still does not
        submit(api, b, report(f, f.word() + " Trading FZE", "operator"));
        settle();
        assertThat(pooledHit(f.word() + " Trading", b).path("properties").path("reports").get(0).asString())
                .isEqualTo("1");
        assertThat(pooledHit(f.word() + " Trading", tenants.key(Role.OPERATOR_ANALYST)).path("properties")
                .path("reports").get(0).asString()).isEqualTo("2");

        // a second member's shared report: the next screening counts it
        String shared = submit(api, b, report(f, f.word() + " Trading", "members"));
        settle();
        assertThat(pooledHit(f.word() + " Trading", b).path("properties").path("independentReporters").get(0)
                .asString()).isEqualTo("2");

        // retracted: gone from the next screening at once, for everybody
        Api.Response retract = api.post("/api/v1/reports/" + shared + "/retract", b, "{\"reason\": \"mistake\"}");
        assertThat(retract.status()).as(retract.body()).isEqualTo(200);
        settle();
        assertThat(pooledHit(f.word() + " Trading", a).path("properties").path("independentReporters").get(0)
                .asString()).isEqualTo("1");
    }

    /**
     * A new report reads again only the actors it could have changed: its own actor (and the values its reports
     * quote); what every member read of other actors keeps answering from memory (ADR 0022).
     */
    @Test
    void aNewReportReadsAgainOnlyTheActorsItCouldHaveChanged() throws InterruptedException {
        Front f = Front.random();
        Front g = Front.random();
        String a = tenants.key(Role.MEMBER_ANALYST);
        String b = tenants.memberAnalystOfB();
        String operator = tenants.key(Role.OPERATOR_ANALYST);
        submit(api, a, report(f, f.word() + " Trading FZE", "members"));
        submit(api, b, report(g, g.word() + " Machinery LLC", "members"));
        settle();
        assertThat(actors.awaitOwnOnlyReports(Duration.ofSeconds(10))).isTrue();
        String fId = DirectoryFixtures.onlyActor(api, operator, f);
        String gId = DirectoryFixtures.onlyActor(api, operator, g);
        assertThat(DirectoryFixtures.property(pooledHit(f.word() + " Trading", a), "reports")).isEqualTo("1");
        assertThat(DirectoryFixtures.property(pooledHit(g.word() + " Machinery", a), "reports")).isEqualTo("1");
        assertThat(actors.cachedViews(List.of(fId, gId), Actors.MEMBERS)).as("both read for all members").isPresent();

        long before = linking.changes();
        submit(api, b, report(f, f.word() + " Trading FZE", "members"));
        linking.awaitIdle();
        long after = linking.changes();
        assertThat(after).isGreaterThan(before);
        assertThat(DirectoryFixtures.onlyActor(api, operator, f)).as("linked into the same actor").isEqualTo(fId);
        List<String> fValues = valuesOf(fId);
        List<String> gValues = valuesOf(gId);
        assertThat(fValues).isNotEmpty();
        assertThat(linking.changeLog().spares(before, after, null, fValues)).as("the values it quotes").isFalse();
        assertThat(linking.changeLog().spares(before, after, fId, List.of())).as("its actor").isFalse();
        assertThat(linking.changeLog().spares(before, after, gId, gValues)).as("the other actor").isTrue();

        assertThat(actors.cachedViews(List.of(gId), Actors.MEMBERS)).as("the other actor, from memory")
                .hasValueSatisfying(views -> assertThat(views.get(gId).reports()).isEqualTo(1));
        assertThat(actors.cachedViews(List.of(fId), Actors.MEMBERS)).as("the changed actor, read again").isEmpty();
        settle();
        assertThat(DirectoryFixtures.property(pooledHit(f.word() + " Trading", a), "independentReporters"))
                .isEqualTo("2");
        assertThat(DirectoryFixtures.property(pooledHit(g.word() + " Machinery", a), "reports")).isEqualTo("1");
    }

    /**
     * After a build of the pool's index, what every member may see of every actor is read in the background and
     * kept (ADR 0023): a member's first screening of a name then finds its candidates in memory. A change drops
     * only the views it touched, which the pass after the next build reads again.
     */
    @Test
    void everyActorIsKeptForAllMembersAfterABuildAndAChangeReadsAgainOnlyWhatItTouched() throws InterruptedException {
        Front f = Front.random();
        Front g = Front.random();
        Front h = Front.random();
        String a = tenants.key(Role.MEMBER_ANALYST);
        String b = tenants.memberAnalystOfB();
        String operator = tenants.key(Role.OPERATOR_ANALYST);
        submit(api, a, report(f, f.word() + " Kept Trading FZE", "members"));
        submit(api, b, report(g, g.word() + " Kept Machinery LLC", "members"));
        submit(api, b, report(h, h.word() + " Hidden Optics LLC", "operator"));
        settle();
        String fId = DirectoryFixtures.onlyActor(api, operator, f);
        String gId = DirectoryFixtures.onlyActor(api, operator, g);
        String hId = DirectoryFixtures.onlyActor(api, operator, h);

        MembersViewsKeeper.Pass pass = keeper.keep(null, true);
        assertThat(pass.carried()).as("a pass over the whole pool checks every kept view").isTrue();
        assertThat(pass.asked()).isGreaterThanOrEqualTo(2);
        assertThat(pass.kept()).isGreaterThanOrEqualTo(pass.asked());
        assertThat(actors.cachedViews(List.of(fId, gId), Actors.MEMBERS)).as("both kept for all members")
                .hasValueSatisfying(v -> assertThat(v).containsOnlyKeys(fId, gId));
        assertThat(actors.cachedViews(List.of(hId), Actors.MEMBERS).map(v -> v.containsKey(hId)).orElse(false))
                .as("an actor members may not see is not kept as seen").isFalse();
        assertThat(keeper.keep(null, true).read()).as("nothing read twice").isZero();

        // a second member reports f: its view is dropped at the next pass and read again; g's stays
        submit(api, b, report(f, f.word() + " Kept Trading FZE", "members"));
        linking.awaitIdle();
        MembersViewsKeeper.Pass after = keeper.keep(java.util.Set.of(), false);
        assertThat(after.carried()).as("one write since: the change log names what it touched").isFalse();
        assertThat(after.touched()).isGreaterThanOrEqualTo(1);
        assertThat(after.read()).isEqualTo(after.asked()).isLessThan(pass.kept());
        assertThat(actors.cachedViews(List.of(fId, gId), Actors.MEMBERS)).hasValueSatisfying(v -> {
            assertThat(v.get(fId).independentReporters()).isEqualTo(2);
            assertThat(v.get(gId).reports()).isEqualTo(1);
        });

        // and without being asked: a build of the index after a change starts a pass in the background
        keeper.automatic(true);
        submit(api, a, report(g, g.word() + " Kept Machinery LLC", "members"));
        settle();
        assertThat(keeper.awaitIdle(Duration.ofSeconds(60))).isTrue();
        assertThat(actors.cachedViews(List.of(gId), Actors.MEMBERS)).as("read again after the build")
                .hasValueSatisfying(v -> assertThat(v.get(gId).independentReporters()).isEqualTo(2));
        assertThat(DirectoryFixtures.property(pooledHit(g.word() + " Kept Machinery", a), "independentReporters"))
                .isEqualTo("2");
    }

    private List<String> valuesOf(String actor) {
        return Callers.runAsSystem("test", () -> tx.execute(s -> jdbc.sql(
                        "SELECT DISTINCT unnest(keys) FROM directory_report WHERE actor_id = ?")
                .param(actor).query(String.class).list()));
    }

    /**
     * What every member may see of an actor is kept in one row (V12), which follows directory_report when a
     * transaction that wrote it commits, whoever wrote it; pooled screening's read for all members builds from
     * it the same view as a member's own read of directory_report.
     */
    @Test
    void eachActorsReportsForAllMembersAreKeptTogetherAndFollowEveryWriteAtCommit() {
        Front f = Front.random();
        Front g = Front.random();
        String a = tenants.key(Role.MEMBER_ANALYST);
        String b = tenants.memberAnalystOfB();
        String first = submit(api, a, report(f, f.word() + " Kept Works", "members"));
        String second = submit(api, b, report(f, f.word() + " Kept Works LLC", "members+government"));
        submit(api, b, report(f, f.word() + " Kept Works", "operator"));
        submit(api, a, report(g, g.word() + " Apart Works", "members"));
        settle();
        String id = DirectoryFixtures.onlyActor(api, tenants.key(Role.OPERATOR_ANALYST), f);
        String other = DirectoryFixtures.onlyActor(api, tenants.key(Role.OPERATOR_ANALYST), g);
        assertThat(kept(id)).as("the operator-only report is not kept for members")
                .containsExactlyInAnyOrder(first, second);
        assertThat(keptRowsDifferingFromTheirReports()).isZero();

        Caller memberOfB = new Caller(null, UUID.fromString(tenants.memberB()), OrganisationKind.MEMBER,
                Role.MEMBER_ANALYST, "test", Set.of(Caller.READ));
        ActorView own = Callers.runAs(memberOfB, () -> actors.read(memberOfB, () -> actors.views(List.of(id), memberOfB)))
                .get(id);
        ActorView forAll = actors.read(Actors.MEMBERS, () -> actors.views(List.of(id), Actors.MEMBERS)).get(id);
        assertThat(forAll).as("built from the kept row, as a screening hit shows it").isNotNull()
                .isEqualTo(own.forScreening());
        assertThat(forAll.reports()).isEqualTo(2);

        // two statements on the actor in one transaction, by hand: the row is rebuilt once, at commit
        asSystem("UPDATE directory_report SET members_see = false WHERE report_id = ?", first);
        Callers.runAsSystem("test", () -> tx.executeWithoutResult(s -> {
            jdbc.sql("UPDATE directory_report SET members_see = true WHERE report_id = ?")
                    .param(UUID.fromString(first)).update();
            jdbc.sql("UPDATE directory_report SET members_see = false WHERE report_id = ?")
                    .param(UUID.fromString(second)).update();
        }));
        assertThat(kept(id)).containsExactly(first);
        // a report moved to another actor leaves one row and joins the other
        asSystem("UPDATE directory_report SET actor_id = '" + other + "' WHERE report_id = ?", first);
        assertThat(kept(id)).as("no report left for members: no row").isEmpty();
        assertThat(kept(other)).hasSize(2).contains(first);
        assertThat(keptRowsDifferingFromTheirReports()).isZero();

        // back as linking had it, and linking's own writes keep the rows too
        asSystem("UPDATE directory_report SET actor_id = '" + id + "' WHERE report_id = ?", first);
        asSystem("UPDATE directory_report SET members_see = true WHERE report_id = ?", second);
        linking.rebuild("test");
        linking.awaitIdle();
        assertThat(kept(DirectoryFixtures.onlyActor(api, tenants.key(Role.OPERATOR_ANALYST), f)))
                .containsExactlyInAnyOrder(first, second);
        assertThat(keptRowsDifferingFromTheirReports()).isZero();

        // members read the rows; nobody else does, and the application writes none
        Long regulatorReads = Callers.runAsSystem("test", () -> tx.execute(s -> {
            jdbc.sql("SELECT set_config('app.org_kind', 'regulator', true) || set_config('app.role', 'regulator', true)")
                    .query(String.class).single();
            return jdbc.sql("SELECT count(*) FROM directory_actor_members").query(Long.class).single();
        }));
        assertThat(regulatorReads).isZero();
        String write = Callers.runAsSystem("test", () -> tx.execute(s -> {
            try {
                jdbc.sql("DELETE FROM directory_actor_members").update();
                return "written";
            } catch (org.springframework.dao.DataAccessException e) {
                return "refused";
            }
        }));
        assertThat(write).isEqualTo("refused");
    }

    private void asSystem(String sql, String report) {
        Callers.runAsSystem("test", () -> tx.executeWithoutResult(s -> jdbc.sql(sql)
                .param(UUID.fromString(report)).update()));
    }

    /** The reports kept for all members of an actor, as a member reads them. */
    private List<String> kept(String actor) {
        return asMemberWithoutIndexlessPlans(() -> jdbc.sql("""
                        SELECT r->>0 FROM directory_actor_members, json_array_elements(reports) AS r WHERE actor_id = ?""")
                .param(actor).query(String.class).list());
    }

    /** Actors whose kept row is not what their reports that members see give now, over the whole pool. */
    private long keptRowsDifferingFromTheirReports() {
        return Callers.runAsSystem("test", () -> tx.execute(s -> jdbc.sql("""
                SELECT count(*) FROM directory_actor_members m FULL JOIN (
                    SELECT actor_id, json_agg(json_build_array(report_id, reporter_key, sharing, status, received_on, keys,
                                                               facts) ORDER BY received_on, report_id)::text AS reports
                    FROM directory_report WHERE members_see GROUP BY actor_id) r USING (actor_id)
                WHERE m.reports::text IS DISTINCT FROM r.reports""").query(Long.class).single()));
    }

    /**
     * A report other members may not see (not shared with them yet) is read by its own reporter only, through
     * its reporter tag, which each transaction of these reads states as it begins with the caller.
     */
    @Test
    void aMemberReadsItsOwnUnsharedReportInEveryDirectoryReadAndNobodyElseDoes() {
        Front f = Front.random();
        String a = tenants.key(Role.MEMBER_ANALYST);
        String b = tenants.memberAnalystOfB();
        String report = submit(api, a, report(f, f.word() + " Own Works", "members"));
        settle();
        membersSee(report, false);
        try {
            String id = DirectoryFixtures.onlyActor(api, tenants.key(Role.OPERATOR_ANALYST), f);

            assertThat(pooledHit(f.word() + " Own Works", a)).as("the reporter screens it").isNotNull();
            assertThat(api.get("/api/v1/directory/actors/" + id, a).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/directory/actors/" + id + "/network?depth=2", a).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/directory/actors?q=" + f.word(), a).body()).contains(id);

            assertThat(pooledHit(f.word() + " Own Works", b)).as("another member does not").isNull();
            assertThat(api.get("/api/v1/directory/actors/" + id, b).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/directory/actors/" + id + "/network?depth=2", b).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/directory/actors?q=" + f.word(), b).body()).doesNotContain(id);
        } finally {
            // the other tests of this application expect what the product's settings give: no such report
            membersSee(report, true);
        }
    }

    /**
     * Sets whether other members see a report, as linking would under other settings, and lets the directory
     * count a change (another report linked), as linking counts its own writes.
     */
    void membersSee(String report, boolean see) {
        Callers.runAsSystem("test", () -> tx.executeWithoutResult(s -> jdbc.sql(
                "UPDATE directory_report SET members_see = ? WHERE report_id = ?")
                .params(see, UUID.fromString(report)).update()));
        Front other = Front.random();
        submit(api, tenants.memberAnalystOfB(), report(other, other.word() + " Other Works", "members"));
        settle();
    }

    @Test
    void whatOneOrganisationReadNeverAnswersAnother() {
        Front f = Front.random();
        String a = tenants.key(Role.MEMBER_ANALYST);
        submit(api, a, report(f, f.word() + " Hidden Works", "operator"));
        settle();
        // the operator reads the actor first, then members ask: still nothing for them
        assertThat(pooledHit(f.word() + " Hidden Works", tenants.key(Role.OPERATOR_ANALYST))).isNotNull();
        assertThat(pooledHit(f.word() + " Hidden Works", a)).isNull();
        assertThat(pooledHit(f.word() + " Hidden Works", tenants.memberAnalystOfB())).isNull();
        assertThat(pooledHit(f.word() + " Hidden Works", tenants.key(Role.OPERATOR_ADMIN))).isNotNull();
    }

    @Test
    void lookUpsByIdentifierUseAnIndexUnderTheRowPolicies() {
        Front f = Front.random();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(f, f.word() + " Indexed", "members"));
        settle();
        String phone = "phone:" + f.phone().replace(" ", "");
        List<String> plan = asMemberWithoutIndexlessPlans(() -> {
            List<String> holders = jdbc.sql("SELECT actor_id FROM directory_key WHERE key = ?").param(phone)
                    .query(String.class).list();
            assertThat(holders).as("the member may see the report quoting %s", phone).hasSize(1);
            return jdbc.sql("EXPLAIN SELECT DISTINCT key, actor_id FROM directory_key WHERE key = ANY(?::text[])")
                    .param((Object) new String[] {phone}).query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("directory_key").doesNotContain("Seq Scan");
    }

    @Test
    void theActorsQuotingAValueAreReadFromTheIndexAloneUnderTheRowPolicies() {
        Front f = Front.random();
        submit(api, tenants.key(Role.MEMBER_ANALYST), report(f, f.word() + " Covered", "members"));
        settle();
        String phone = "phone:" + f.phone().replace(" ", "");
        List<String> plan = asMemberWithoutIndexlessPlans(() -> {
            jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
            // the holders query of Actors.holders: the value, the actor, the report and the policy's columns
            return jdbc.sql("""
                            EXPLAIN SELECT DISTINCT ON (key, actor_id) key, actor_id, report_id FROM directory_key
                            WHERE key = ANY(?::text[]) ORDER BY key, actor_id, report_id""")
                    .param((Object) new String[] {phone}).query(String.class).list();
        });
        assertThat(String.join("\n", plan)).as("no heap fetch is needed to decide a row")
                .contains("Index Only Scan using directory_key_holders").doesNotContain("SubPlan").doesNotContain("Sort");
    }

    @Test
    void identifierRowsAreReadableExactlyWhenTheirReportsAre() {
        Front f = Front.random();
        String a = tenants.key(Role.MEMBER_ANALYST);
        String b = tenants.memberAnalystOfB();
        String shared = submit(api, a, report(f, f.word() + " Visible Key", "members"));
        submit(api, a, report(f, f.word() + " Visible Key", "operator"));
        submit(api, b, report(f, f.word() + " Visible Key", "members+government"));
        submit(api, b, report(f, f.word() + " Visible Key", "operator"));
        settle();
        String phone = "phone:" + f.phone().replace(" ", "");
        Caller memberA = new Caller(null, UUID.fromString(tenants.memberA()), OrganisationKind.MEMBER,
                Role.MEMBER_ANALYST, "test", Set.of(Caller.READ));
        Caller memberB = new Caller(null, UUID.fromString(tenants.memberB()), OrganisationKind.MEMBER,
                Role.MEMBER_ANALYST, "test", Set.of(Caller.READ));

        assertThat(readable(phone, memberA)).as("member A: its own shared report and B's").hasSize(2);
        assertThat(readable(phone, memberB)).as("member B: its own shared report and A's").hasSize(2);
        assertThat(readable(phone, null, "operator", "operator_analyst")).hasSize(4);
        assertThat(readable(phone, null, "regulator", "regulator")).isEmpty();

        // the report's row changes (as a review or a new sharing level changes it): its key rows follow at once
        Callers.runAsSystem("test", () -> tx.executeWithoutResult(s -> jdbc.sql(
                "UPDATE directory_report SET members_see = false, sharing = 'operator' WHERE report_id = ?")
                .param(UUID.fromString(shared)).update()));
        assertThat(readable(phone, memberA)).hasSize(1);
        assertThat(readable(phone, memberB)).hasSize(1);
        assertThat(readable(phone, null, "operator", "operator_analyst")).hasSize(4);

        // the reporter tag is for the policy only, here as on directory_report
        String tagRead = Callers.runAsSystem("test", () -> tx.execute(s -> {
            try {
                jdbc.sql("SELECT count(reporter_tag) FROM directory_key").query(Long.class).single();
                return "read";
            } catch (org.springframework.dao.DataAccessException e) {
                return "refused";
            }
        }));
        assertThat(tagRead).isEqualTo("refused");
    }

    /** The key rows of one value a member reads, after checking they are exactly its readable reports' values. */
    private List<String> readable(String value, Caller member) {
        return readable(value, member, "member", "member_analyst");
    }

    private List<String> readable(String value, Caller member, String kind, String role) {
        return Callers.runAsSystem("test", () -> tx.execute(s -> {
            jdbc.sql("SELECT set_config('app.org_kind', ?, true) || set_config('app.role', ?, true)")
                    .params(kind, role).query(String.class).single();
            if (member != null) {
                feed.enterScope(member);
            }
            List<String> keyRows = jdbc.sql("SELECT report_id::text FROM directory_key WHERE key = ? ORDER BY 1")
                    .param(value).query(String.class).list();
            List<String> reportRows = jdbc.sql(
                            "SELECT report_id::text FROM directory_report WHERE ? = ANY(keys) ORDER BY 1")
                    .param(value).query(String.class).list();
            assertThat(keyRows).as("%s rows of %s readable exactly when their reports are", kind, value)
                    .isEqualTo(reportRows);
            return keyRows;
        }));
    }
}
