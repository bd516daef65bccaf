package io.blackbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.blackbox.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * The sessions that read what every member may see state, on every connection, a member organisation that
 * exists nowhere, as the application's role, read-only; nothing a statement does on them changes that.
 */
@IntegrationTest
class MembersReadsIntegrationTests {

    @Autowired
    MembersReads members;

    @Autowired
    Organisations organisations;

    @Test
    void everySessionIsTheMembersReaderAndReadsOnly() {
        // more statements than the pool has connections, at once, so that several sessions answer
        List<List<String>> seen = java.util.stream.IntStream.range(0, 32).parallel()
                .mapToObj(i -> members.jdbc().sql("""
                                SELECT current_user, current_setting('app.org_id'), current_setting('app.org_kind'),
                                       current_setting('app.role'), coalesce(current_setting('app.reporter_tag', true), ''),
                                       current_setting('transaction_read_only')""")
                        .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)))
                        .single())
                .toList();
        assertThat(seen).allSatisfy(s -> assertThat(s).containsExactly("blackbox_app", MembersReads.ORGANISATION.toString(),
                "member", "member_analyst", "", "on"));

        // an organisation's rows are not the members' reader's, and nothing is written through it
        Organisation a = Callers.runAsSystem("test", () -> organisations.create("Members reads " + UUID.randomUUID(),
                OrganisationKind.MEMBER));
        assertThat(members.jdbc().sql("SELECT count(*) FROM organisation WHERE id = ?").param(a.id())
                .query(Long.class).single()).isZero();
        assertThatThrownBy(() -> members.jdbc().sql("UPDATE organisation SET name = 'x' WHERE id = ?").param(a.id())
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("read-only");
        // a setting stated for one statement's transaction is gone with it: the next one reads as before
        members.jdbc().sql("SELECT set_config('app.org_kind', 'operator', true)").query(String.class).single();
        assertThat(members.jdbc().sql("SELECT current_setting('app.org_kind')").query(String.class).single())
                .isEqualTo("member");
    }
}
