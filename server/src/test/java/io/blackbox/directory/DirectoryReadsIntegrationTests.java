package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.directory.DirectoryFixtures.Front;
import io.blackbox.platform.Callers;
import io.blackbox.platform.Role;
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

    Api api;
    TestTenants tenants;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
    }

    JsonNode pooledHit(String name, String key) {
        Api.Response r = api.post("/match/directory", key, PooledScreeningIntegrationTests.query(name));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode results = r.json().path("responses").path("q1").path("results");
        return results.isEmpty() ? null : results.get(0);
    }

    void settle() {
        linking.awaitIdle();
        pool.refresh();
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
        List<String> plan = Callers.runAsSystem("test", () -> tx.execute(s -> {
            // as a member would ask, without its own tag: only what other members may see
            jdbc.sql("SELECT set_config('app.org_kind', 'member', true) || set_config('app.role', 'member_analyst', true)")
                    .query(String.class).single();
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            List<String> holders = jdbc.sql("SELECT actor_id FROM directory_key WHERE key = ?").param(phone)
                    .query(String.class).list();
            assertThat(holders).as("the member may see the report quoting %s", phone).hasSize(1);
            return jdbc.sql("EXPLAIN SELECT DISTINCT key, actor_id FROM directory_key WHERE key = ANY(?::text[])")
                    .param((Object) new String[] {phone}).query(String.class).list();
        }));
        assertThat(String.join("\n", plan)).contains("directory_key").doesNotContain("Seq Scan");
    }
}
