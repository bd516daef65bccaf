package io.blackbox.reports.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.blackbox.platform.Organisations;
import io.blackbox.reports.ReportContent;
import io.blackbox.reports.ReportView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * Reads report rows and turns them into views: full for the reporter and the operator (opening the
 * sealed identity), blinded for other members (from {@code reports_shared}, which has no identity to open).
 * Must run inside a transaction whose scope was entered ({@link ReportScope}).
 */
@Component
public final class ReportRows {

    static final String FULL_COLUMNS = "id, sharing, status, attachments_shared, received_on, created_at, content, "
            + "list_hits, reporter_sealed, review_note";
    private static final TypeReference<List<ReportView.ListHit>> HITS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ReportKeys keys;
    private final Organisations organisations;

    ReportRows(JdbcClient jdbc, ReportKeys keys, Organisations organisations) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.organisations = organisations;
    }

    /** A report as its reporter or the operator sees it, when the row policy lets the caller read it. */
    public Optional<ReportView> full(UUID id, boolean withThread) {
        return jdbc.sql("SELECT " + FULL_COLUMNS + " FROM report WHERE id = ?").param(id)
                .query((rs, n) -> full(rs, withThread)).optional();
    }

    /** Full views of the rows a query returns; the query must select {@link #FULL_COLUMNS}. */
    public List<ReportView> fullList(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> full(rs, false)).list();
    }

    public ReportView full(ResultSet rs, boolean withThread) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        SealedIdentity identity = openIdentity(id, rs.getBytes("reporter_sealed"));
        String orgName = organisations.find(identity.organisationId()).map(o -> o.name()).orElse(null);
        List<ReportView.Attachment> attachments = withThread ? attachments(id, true) : null;
        List<ReportView.Message> messages = withThread ? messages(id) : null;
        return new ReportView(id, false,
                new ReportView.Reporter(identity.organisationId(), orgName, identity.submittedBy(), null),
                identity.reference(), rs.getString("sharing"), rs.getString("status"),
                ReportJson.read(rs.getString("content"), ReportContent.class),
                ReportJson.read(rs.getString("list_hits"), HITS),
                rs.getTimestamp("created_at").toInstant(), null, rs.getString("review_note"),
                rs.getBoolean("attachments_shared"), attachments, messages, withThread ? identity.original() : null);
    }

    public SealedIdentity openIdentity(UUID id, byte[] sealed) {
        return ReportJson.read(new String(keys.open(sealed, "report:" + id), StandardCharsets.UTF_8), SealedIdentity.class);
    }

    /** Other members' shared reports as the current member may see them, with the total over all pages. */
    public Blinded shared(UUID id, String query, boolean includePending, int limit, int offset, boolean withAttachments) {
        long[] total = {0};
        List<ReportView> views = jdbc.sql("SELECT * FROM reports_shared(?, ?, ?, ?, ?)")
                .params(id, query, includePending, limit, offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    UUID rid = rs.getObject("id", UUID.class);
                    boolean shareAttachments = rs.getBoolean("attachments_shared");
                    List<ReportView.Attachment> attachments = withAttachments && shareAttachments
                            ? sharedAttachments(rid, includePending) : null;
                    return new ReportView(rid, true,
                            new ReportView.Reporter(null, null, null, keys.pseudonym(rs.getString("viewer_tag"))),
                            null, rs.getString("sharing"), rs.getString("status"),
                            ReportJson.read(rs.getString("content"), ReportContent.class),
                            ReportJson.read(rs.getString("list_hits"), HITS), null,
                            rs.getObject("shared_on", java.time.LocalDate.class), null, null, attachments, null, null);
                }).list();
        if (views.isEmpty() && offset > 0) {
            // past the last page the window function has no row to carry the total
            total[0] = jdbc.sql("SELECT count(*) FROM reports_shared(NULL, ?, ?, 2147483647, 0)")
                    .params(query, includePending).query(Long.class).single();
        }
        return new Blinded(views, total[0]);
    }

    public record Blinded(List<ReportView> views, long total) {
    }

    private List<ReportView.Attachment> attachments(UUID id, boolean withNames) {
        return jdbc.sql("SELECT id, media_type, size, sealed_name FROM report_attachment WHERE report_id = ? ORDER BY created_at, id")
                .param(id)
                .query((rs, n) -> {
                    UUID aid = rs.getObject("id", UUID.class);
                    String name = withNames ? new String(keys.open(rs.getBytes("sealed_name"), "attachment-name:" + aid),
                            StandardCharsets.UTF_8) : null;
                    return new ReportView.Attachment(aid, name, rs.getString("media_type"), rs.getLong("size"));
                }).list();
    }

    private List<ReportView.Attachment> sharedAttachments(UUID reportId, boolean includePending) {
        return jdbc.sql("SELECT id, media_type, size FROM report_shared_attachment(?, NULL, ?) ORDER BY id")
                .params(reportId, includePending)
                .query((rs, n) -> new ReportView.Attachment(rs.getObject("id", UUID.class), null,
                        rs.getString("media_type"), rs.getLong("size")))
                .list();
    }

    private List<ReportView.Message> messages(UUID id) {
        return jdbc.sql("SELECT from_operator, body, at FROM report_message WHERE report_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new ReportView.Message(rs.getBoolean("from_operator") ? "operator" : "reporter",
                        rs.getString("body"), rs.getTimestamp("at").toInstant()))
                .list();
    }
}
