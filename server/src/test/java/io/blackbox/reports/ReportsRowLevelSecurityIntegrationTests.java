package io.blackbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.blackbox.IntegrationTest;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.Organisation;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Organisations;
import io.blackbox.platform.Role;
import io.blackbox.reports.internal.ReportKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database, not only the service, keeps reporters hidden: raw SQL through the application's pool
 * as another member reads no row of the report table, even knowing the reporter's tag, and the
 * blinded function returns no identifying column; the database alone holds no reporter in the clear.
 */
@IntegrationTest
class ReportsRowLevelSecurityIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Organisations organisations;

    @Autowired
    Reports reports;

    @Autowired
    ReportKeys keys;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anotherMembersSqlSessionReadsNoReportRowEvenWithTheReportersTag() {
        List<Organisation> orgs = Callers.runAsSystem("test", () -> List.of(
                organisations.create("RLS reporter " + UUID.randomUUID(), OrganisationKind.MEMBER),
                organisations.create("RLS viewer " + UUID.randomUUID(), OrganisationKind.MEMBER)));
        signInAs(orgs.get(0).id(), Role.MEMBER_ANALYST);
        UUID id = reports.submit(new ReportSubmission("2026-01-05", "email",
                new ReportSubmission.Party(null, "Rls Probe Trading", null, "AE", null, null, null, null, null),
                null, null, null, null, List.of("BIS-01"), null, "declined", null, "members", "SECRET-REF", null), null).id();

        signInAs(orgs.get(1).id(), Role.MEMBER_ADMIN);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String reporterTag = keys.reporterTagHex(orgs.get(0).id());
        Long own = tx.execute(s -> {
            jdbc.queryForObject("SELECT set_config('app.reporter_tag', ?, true)", String.class,
                    keys.reporterTagHex(orgs.get(1).id()));
            return jdbc.queryForObject("SELECT count(*) FROM report", Long.class);
        });
        assertThat(own).isZero();
        // the tag is only an input to the policy: a viewer's own transaction cannot claim another's reports
        // because the application derives it from the signed-in organisation; and the function never returns it
        List<Map<String, Object>> shared = tx.execute(s -> {
            jdbc.queryForObject("SELECT set_config('app.reporter_tag', ?, true)", String.class,
                    keys.reporterTagHex(orgs.get(1).id()));
            return jdbc.queryForList("SELECT * FROM reports_shared(?, NULL, true, 10, 0)", id);
        });
        assertThat(shared).hasSize(1);
        assertThat(shared.getFirst().keySet()).doesNotContain("reporter_tag", "reporter_sealed", "created_at", "content_hash");
        assertThat(shared.getFirst().toString()).doesNotContain("SECRET-REF", orgs.get(0).id().toString(), reporterTag);
        Long attachments = tx.execute(s -> jdbc.queryForObject("SELECT count(*) FROM report_message", Long.class));
        assertThat(attachments).isZero();
    }

    @Test
    void theDatabaseAloneHoldsNoReporterInTheClear() {
        Organisation reporter = Callers.runAsSystem("test",
                () -> organisations.create("Clear reporter " + UUID.randomUUID(), OrganisationKind.MEMBER));
        signInAs(reporter.id(), Role.MEMBER_ANALYST);
        UUID id = reports.submit(new ReportSubmission("2026-01-06", "phone",
                new ReportSubmission.Party(null, "Clear Probe Trading", null, "AE", null, null, null, null, null),
                null, null, null, null, List.of(), null, "declined", null, "members", "CLEAR-REF-42", null), null).id();
        // read as the owner, bypassing every policy: what a thief of the database would have
        JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
        String row = owner.queryForList("SELECT * FROM report WHERE id = ?", id).toString();
        assertThat(row).doesNotContain(reporter.id().toString(), "CLEAR-REF-42", reporter.name());
        Long auditMentions = owner.queryForObject("SELECT count(*) FROM audit_log WHERE target_id = ? AND actor_org_id = ?",
                Long.class, id.toString(), reporter.id());
        assertThat(auditMentions).as("the audit trail names the reporter's own actions on a report by a keyed handle").isZero();
        assertThat(Files.exists(Path.of("target/test-data/keys/reports-kek.json"))).isTrue();
    }

    private static void signInAs(UUID org, Role role) {
        Caller caller = new Caller(UUID.randomUUID(), org, OrganisationKind.MEMBER, role, "test", Set.of(Caller.READ, Caller.WRITE));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(caller, null));
    }
}
