package io.blackbox.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.blackbox.platform.AccessRefusedException;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.reports.internal.ReportJson;
import io.blackbox.reports.internal.ReportScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Reports as other modules need them to build on the pool (the directory links them into actors), and
 * the reporter scope that other modules' row policies compare with. Feeds carry the reporter only as
 * its keyed tag, never its identity; reading them is for the system and operator staff.
 */
@Service
public class ReportFeed {

    private static final TypeReference<List<ReportView.ListHit>> HITS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, reporter_tag, sharing, status, received_on, created_at, content, list_hits";

    private final JdbcClient jdbc;
    private final ReportScope scope;
    private final ReportsProperties properties;

    ReportFeed(JdbcClient jdbc, ReportScope scope, ReportsProperties properties) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.properties = properties;
    }

    /**
     * A report as the pool holds it.
     *
     * @param reporterTag       the keyed tag of the reporting organisation: equal for equal reporters, names none
     * @param sharedWithMembers whether other members see it now (sharing level, status and the
     *                          share-before-review setting together)
     */
    public record PooledReport(UUID id, byte[] reporterTag, Sharing sharing, ReportStatus status,
                               boolean sharedWithMembers, LocalDate receivedOn, Instant createdAt,
                               ReportContent content, List<ReportView.ListHit> listHits) {

        /** Whether the report belongs in the pool at all: retracted and rejected reports do not. */
        public boolean active() {
            return status == ReportStatus.PENDING || status == ReportStatus.ACCEPTED;
        }
    }

    /** The reports with these ids that exist; the system and operator staff only. */
    @Transactional(readOnly = true)
    public List<PooledReport> find(Collection<UUID> ids) {
        requireStaff();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM report WHERE id = ANY(?)")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> row(rs)).list();
    }

    /** Every report in the pool, in the order they arrived; the system and operator staff only. */
    @Transactional(readOnly = true)
    public void forEach(Consumer<PooledReport> sink) {
        requireStaff();
        jdbc.sql("SELECT " + COLUMNS + " FROM report ORDER BY created_at, id")
                .query(rs -> {
                    sink.accept(row(rs));
                });
    }

    /**
     * States the caller's reporter tag in the current transaction, as the reports module does for its own
     * tables, so that another module's row policies can tell a member's own reports ({@code app_reporter_tag()}).
     * Call inside the transaction, before the first query.
     */
    public void enterScope(Caller caller) {
        scope.enter(caller);
    }

    /**
     * Runs {@code work} with the caller's reporter tag stated by every transaction it begins, in the statement
     * that states the caller ({@link io.blackbox.platform.TransactionSettings}): what {@link #enterScope} does
     * inside one transaction, without a statement of its own. Call outside the transaction.
     */
    public <T> T inScope(Caller caller, java.util.function.Supplier<T> work) {
        return io.blackbox.platform.TransactionSettings.with(scope.settings(caller), work);
    }

    private PooledReport row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Sharing sharing = Sharing.parse(rs.getString("sharing"));
        ReportStatus status = ReportStatus.parse(rs.getString("status"));
        boolean shared = sharing.sharedWithMembers() && (status == ReportStatus.ACCEPTED
                || (status == ReportStatus.PENDING && properties.shareBeforeReview()));
        return new PooledReport(rs.getObject("id", UUID.class), rs.getBytes("reporter_tag"), sharing, status, shared,
                rs.getObject("received_on", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
                ReportJson.read(rs.getString("content"), ReportContent.class),
                ReportJson.read(rs.getString("list_hits"), HITS));
    }

    private static void requireStaff() {
        Caller caller = Callers.require();
        if (!Reports.isOperatorStaff(caller)) {
            throw new AccessRefusedException("the report feed is for the system and operator staff");
        }
    }
}
