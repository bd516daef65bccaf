package io.blackbox.directory;

import static io.blackbox.directory.DirectoryFixtures.pooledHit;
import static io.blackbox.directory.DirectoryFixtures.property;
import static io.blackbox.directory.DirectoryFixtures.report;
import static io.blackbox.directory.DirectoryFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.TestTenants;
import io.blackbox.directory.DirectoryFixtures.Front;
import io.blackbox.platform.Role;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Pooled screening where a member's shared reports wait for review unseen by other members
 * ({@code app.reports.share-before-review=false}): such a report answers its reporter and nobody else,
 * whichever member screened the name first; the other members share what they all see meanwhile, and the
 * reporter joins them once none of its reports is left waiting. An application of its own, with a database
 * of its own; it also reads the whole pool again after four quiet seconds instead of a minute.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "app.reports.share-before-review=false",
        "app.directory.pool-index-quiet=4s",
        "app.platform.data-dir=target/test-data-own-only",
        "app.lists.refresh.watch-dir=target/test-watch-own-only"})
class OwnOnlyReportsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DirectoryLinking linking;

    @Autowired
    PooledActors pool;

    @Autowired
    Actors actors;

    @Autowired
    MeterRegistry meters;

    Api api;
    TestTenants tenants;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tenants = TestTenants.create(api);
    }

    void settle() throws InterruptedException {
        linking.awaitIdle();
        pool.refresh();
        assertThat(actors.awaitOwnOnlyReports(Duration.ofSeconds(10))).isTrue();
    }

    long reads() {
        Timer t = meters.find(PooledActors.STEP_METER).tag("step", "read").timer();
        return t == null ? 0 : t.count();
    }

    void accept(String operatorKey, String reportId) {
        Api.Response r = api.post("/api/v1/reports/" + reportId + "/accept", operatorKey, "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void aReportWaitingForReviewAnswersItsReporterAloneWhoeverScreenedFirst() throws InterruptedException {
        String a = tenants.key(Role.MEMBER_ANALYST);
        String b = tenants.memberAnalystOfB();
        String operator = tenants.key(Role.OPERATOR_ANALYST);
        Front f = Front.random();
        String name = f.word() + " Trading";
        accept(operator, submit(api, a, report(f, f.word() + " Trading FZE", "members")));
        String waiting = submit(api, a, report(f, f.word() + " Trading FZE", "members"));
        settle();

        // the other member first: had its view been kept for all members, the reporter would get it next
        assertThat(property(pooledHit(api, b, name), "reports")).as("the other member").isEqualTo("1");
        assertThat(property(pooledHit(api, a, name), "reports")).as("the reporter").isEqualTo("2");
        assertThat(property(pooledHit(api, b, name), "reports")).as("the other member again").isEqualTo("1");
        // members without such a report of their own share what they read meanwhile: a third one reads nothing
        long shared = reads();
        String c = DirectoryFixtures.memberKey(api, "Member C " + f.word());
        assertThat(property(pooledHit(api, c, name), "reports")).as("a third member").isEqualTo("1");
        assertThat(reads()).as("answered from what the other member read").isEqualTo(shared);

        // reviewed: every member sees both, and what one member read answers the other from memory
        accept(operator, waiting);
        settle();
        long before = reads();
        assertThat(property(pooledHit(api, b, name), "reports")).isEqualTo("2");
        assertThat(property(pooledHit(api, a, name), "reports")).isEqualTo("2");
        assertThat(reads()).as("one database read for both members").isEqualTo(before + 1);
    }

    /**
     * With a quiet time of four seconds (this application's setting): actors linked into after the full build
     * answer from the index of recent actors at once, and once linking is quiet, from one full index again.
     */
    @Test
    void theWholePoolIsReadAgainIntoOneIndexOnceLinkingIsQuiet() throws InterruptedException {
        String a = tenants.key(Role.MEMBER_ANALYST);
        Front f = Front.random();
        linking.awaitIdle();
        pool.rebuildAll();
        accept(tenants.key(Role.OPERATOR_ANALYST), submit(api, a, report(f, f.word() + " Optics FZE", "members")));
        linking.awaitIdle();
        assertThat(pool.awaitCurrent(Duration.ofSeconds(20))).isTrue();
        long full = pool.snapshot().readFrom();
        assertThat(pool.snapshot().recentIds()).as("indexed apart first").isNotEmpty();
        assertThat(property(pooledHit(api, a, f.word() + " Optics"), "reports")).isEqualTo("1");

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!pool.snapshot().recentIds().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(pool.snapshot().recentIds()).as("read again whole after four quiet seconds").isEmpty();
        assertThat(pool.snapshot().readFrom()).isGreaterThan(full);
        assertThat(property(pooledHit(api, a, f.word() + " Optics"), "reports")).isEqualTo("1");
    }
}
