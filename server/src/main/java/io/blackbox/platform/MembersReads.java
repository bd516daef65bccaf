package io.blackbox.platform;

import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements that read what every member may see, on database sessions of their own. Each session states
 * once, when it opens, a member organisation that exists nowhere ({@link #ORGANISATION}, with no reporter
 * tag), so the row policies give it the rows other members may see and none as its own; the sessions are
 * read-only and run each statement as a transaction of its own. Nothing else runs on them, so no caller's
 * settings ever meet them, and a read on them costs one round trip instead of three (state the caller, read,
 * commit). See docs/adr/0021-actor-rows-kept-together.md.
 */
public final class MembersReads implements AutoCloseable {

    /** The organisation the sessions state: nil, which no organisation has. */
    public static final UUID ORGANISATION = new UUID(0, 0);

    /** What each session runs when it opens, after which it is a member's with no report of its own. */
    public static final String SESSION = "SET ROLE blackbox_app; SET default_transaction_read_only = on; "
            + "SELECT set_config('app.org_id', '" + ORGANISATION + "', false), "
            + "set_config('app.org_kind', '" + OrganisationKind.MEMBER.key() + "', false), "
            + "set_config('app.role', '" + Role.MEMBER_ANALYST.key() + "', false), set_config('app.user_id', '', false)";

    private final HikariDataSource sessions;
    private final JdbcClient jdbc;

    /** Over a pool of its own, whose connections run {@link #SESSION} as they open and are used by nothing else. */
    public MembersReads(HikariDataSource sessions) {
        if (!SESSION.equals(sessions.getConnectionInitSql())) {
            throw new IllegalArgumentException("the sessions must state the members' reader as they open");
        }
        this.sessions = sessions;
        this.jdbc = JdbcClient.create(sessions);
    }

    /** Statements on those sessions; never inside a transaction, each its own. */
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        sessions.close();
    }
}
