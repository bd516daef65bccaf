package io.blackbox.platform.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.TransactionSettings;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells every transaction who its caller is, in transaction-local settings that the row-level-security
 * policies read. A transaction without a caller gets empty settings and sees nothing, so forgetting to
 * authenticate fails closed. Settings of other modules' policies ({@link TransactionSettings}) go in the same
 * statement.
 */
final class RowLevelSecurityTransactionManager extends JdbcTransactionManager {

    RowLevelSecurityTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition) throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        Caller caller = Callers.current().orElse(null);
        String orgId = "";
        String orgKind = "";
        String role = "";
        String userId = "";
        if (caller != null) {
            if (caller.isSystem()) {
                orgKind = "system";
            } else {
                orgId = caller.orgId().toString();
                orgKind = caller.orgKind().key();
                role = caller.role().key();
            }
            userId = caller.userId() == null ? "" : caller.userId().toString();
        }
        Map<String, String> more = TransactionSettings.current();
        try (PreparedStatement ps = con.prepareStatement(more.isEmpty() ? STATE_CALLER
                : STATE_CALLER + ", set_config(?, ?, true)".repeat(more.size()))) {
            ps.setString(1, orgId);
            ps.setString(2, orgKind);
            ps.setString(3, role);
            ps.setString(4, userId);
            int i = 5;
            for (Map.Entry<String, String> e : more.entrySet()) {
                ps.setString(i++, e.getKey());
                ps.setString(i++, e.getValue());
            }
            ps.execute();
        }
    }

    private static final String STATE_CALLER = "SELECT set_config('app.org_id', ?, true), set_config('app.org_kind', ?, true),"
            + " set_config('app.role', ?, true), set_config('app.user_id', ?, true)";
}
