package io.blackbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.blackbox.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database itself keeps organisations apart: plain SQL through the application's pool, with no
 * WHERE clause on the organisation, still sees only what the caller's organisation may see.
 */
@IntegrationTest
class RowLevelSecurityIntegrationTests {

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
    Users users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMemberSeesOnlyItsOwnUsersEvenWithUnfilteredSql() {
        var setup = Callers.runAsSystem("test", () -> {
            Organisation a = organisations.create("RLS A " + UUID.randomUUID(), OrganisationKind.MEMBER);
            Organisation b = organisations.create("RLS B " + UUID.randomUUID(), OrganisationKind.MEMBER);
            users.create(a.id(), "rls-a-" + a.id().toString().substring(0, 8), "A", Role.MEMBER_ANALYST, null);
            users.create(b.id(), "rls-b-" + b.id().toString().substring(0, 8), "B", Role.MEMBER_ANALYST, null);
            return List.of(a, b);
        });
        Organisation a = setup.get(0);
        signInAs(a.id(), OrganisationKind.MEMBER, Role.MEMBER_ADMIN);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<UUID> orgsOfVisibleUsers = tx.execute(s -> jdbc.queryForList("SELECT org_id FROM app_user", UUID.class));
        assertThat(orgsOfVisibleUsers).isNotEmpty().allMatch(a.id()::equals);
        List<UUID> visibleOrgs = tx.execute(s -> jdbc.queryForList("SELECT id FROM organisation", UUID.class));
        assertThat(visibleOrgs).containsExactly(a.id());
        Integer audit = tx.execute(s -> jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE actor_org_id IS NULL AND target_org_id IS NULL", Integer.class));
        assertThat(audit).as("a member administrator reads only its own organisation's audit rows").isZero();
    }

    @Test
    void aMemberCannotInsertAnOrganisationEvenWithRawSql() {
        UUID own = Callers.runAsSystem("test",
                () -> organisations.create("RLS C " + UUID.randomUUID(), OrganisationKind.MEMBER).id());
        signInAs(own, OrganisationKind.MEMBER, Role.MEMBER_ADMIN);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.update(
                "INSERT INTO organisation (id, name, kind) VALUES (?, 'Sneaky', 'member')", UUID.randomUUID())))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void aTransactionWithoutACallerSeesNothing() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Integer count = tx.execute(s -> jdbc.queryForObject("SELECT count(*) FROM organisation", Integer.class));
        assertThat(count).isZero();
        Integer users = tx.execute(s -> jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class));
        assertThat(users).isZero();
    }

    @Test
    void theApplicationRoleIsNeitherSuperuserNorOwner() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String role = tx.execute(s -> jdbc.queryForObject("SELECT current_user", String.class));
        assertThat(role).isEqualTo("blackbox_app");
        Boolean bypass = tx.execute(s -> jdbc.queryForObject(
                "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", Boolean.class));
        assertThat(bypass).isFalse();
    }

    @Test
    void theAuditLogRefusesChangesEvenFromItsOwner() {
        Callers.runAsSystem("test", () -> organisations.create("Audited " + UUID.randomUUID(), OrganisationKind.MEMBER));
        JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
        assertThatThrownBy(() -> owner.update("UPDATE audit_log SET detail = 'forged'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("DELETE FROM audit_log"))
                .hasMessageContaining("append-only");
    }

    private static void signInAs(UUID org, OrganisationKind kind, Role role) {
        Caller caller = new Caller(UUID.randomUUID(), org, kind, role, "test", Set.of(Caller.READ, Caller.WRITE));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(caller, null));
    }
}
