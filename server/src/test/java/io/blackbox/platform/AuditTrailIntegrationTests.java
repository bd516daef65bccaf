package io.blackbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.blackbox.IntegrationTest;
import io.blackbox.TestCli;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** The hash chain holds, and verification names the first entry that was tampered with. */
@IntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    Organisations organisations;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Test
    void everyWriteIsRecordedAndChained() {
        Organisation org = Callers.runAsSystem("test",
                () -> organisations.create("Chain " + UUID.randomUUID(), OrganisationKind.MEMBER));
        var latest = Callers.runAsSystem("test", () -> audit.latest(2, Long.MAX_VALUE));
        assertThat(latest.getFirst().action()).isEqualTo("organisation.create");
        assertThat(latest.getFirst().targetId()).isEqualTo(org.id().toString());
        assertThat(latest.getFirst().actorLabel()).isEqualTo("system:test");
        assertThat(latest.getFirst().prevHash()).isEqualTo(latest.get(1).hash());
        assertThat(Callers.runAsSystem("test", audit::verify).intact()).isTrue();
    }

    @Test
    void verificationNamesTheFirstTamperedEntryAndTheCommandLineToo() {
        Callers.runAsSystem("test", () -> organisations.create("Tamper " + UUID.randomUUID(), OrganisationKind.MEMBER));
        Callers.runAsSystem("test", () -> organisations.create("Tamper " + UUID.randomUUID(), OrganisationKind.MEMBER));
        JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
        long victim = owner.queryForObject("SELECT max(seq) - 1 FROM audit_log", Long.class);
        String original = owner.queryForObject("SELECT detail FROM audit_log WHERE seq = ?", String.class, victim);
        String url = ((HikariDataSource) ownerDataSource).getJdbcUrl();

        assertThat(TestCli.run("audit", "verify", "--db-url", url, "--db-user", "postgres").exitCode()).isZero();
        try {
            rewrite(owner, victim, "forged");
            AuditTrail.Verification v = Callers.runAsSystem("test", audit::verify);
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBroken()).isEqualTo(victim);
            assertThat(v.reason()).contains("changed");

            TestCli.Result cli = TestCli.run("audit", "verify", "--db-url", url, "--db-user", "postgres");
            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.out()).contains("BROKEN at entry " + victim);
        } finally {
            rewrite(owner, victim, original);
        }
        assertThat(Callers.runAsSystem("test", audit::verify).intact()).isTrue();
    }

    private static void rewrite(JdbcTemplate owner, long seq, String detail) {
        owner.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update");
        try {
            owner.update("UPDATE audit_log SET detail = ? WHERE seq = ?", detail, seq);
        } finally {
            owner.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update");
        }
    }
}
