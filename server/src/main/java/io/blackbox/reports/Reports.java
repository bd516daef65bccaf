package io.blackbox.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.blackbox.engine.matching.Band;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Query;
import io.blackbox.engine.names.NameNormalizer;
import io.blackbox.platform.AccessRefusedException;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.ConflictException;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.NotFoundException;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.RandomIds;
import io.blackbox.platform.Role;
import io.blackbox.reports.internal.ReportJson;
import io.blackbox.reports.internal.ReportKeys;
import io.blackbox.reports.internal.ReportNormaliser;
import io.blackbox.reports.internal.ReportRows;
import io.blackbox.reports.internal.ReportScope;
import io.blackbox.reports.internal.SealedIdentity;
import io.blackbox.screening.ListScreening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake and reading of suspect-inquiry reports. A member submits and sees its own reports in full;
 * other members see shared reports blinded; operator analysts and administrators see everything, and
 * each such read of a member's report is audited. Anybody else sees nothing, and something the caller
 * may not see answers exactly like something that does not exist.
 */
@Service
public class Reports {

    private static final Logger log = LoggerFactory.getLogger(Reports.class);
    static final int MAX_PAGE = 200;
    /** Distinct queries whose hits one bulk job remembers; enough for the parties of a large file. */
    static final int SCREENING_CACHE = 200_000;

    private final JdbcClient jdbc;
    private final ReportKeys keys;
    private final ReportScope scope;
    private final ReportRows rows;
    private final ReportNormaliser normaliser;
    private final ListScreening screening;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ReportsProperties properties;
    private final JdbcTemplate batch;

    Reports(JdbcClient jdbc, ReportKeys keys, ReportScope scope, ReportRows rows, ReportNormaliser normaliser,
            ListScreening screening, AuditTrail audit, ApplicationEventPublisher events, ReportsProperties properties,
            DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
        this.keys = keys;
        this.scope = scope;
        this.rows = rows;
        this.normaliser = normaliser;
        this.screening = screening;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
    }

    /** The outcome of a submission: the report's id, and whether an earlier identical request already made it. */
    public record Submitted(UUID id, boolean replayed) {
    }

    /**
     * Stores a report of the calling member, normalised and screened against the lists. With an
     * idempotency key, a retry of the same request returns the first report instead of a second one,
     * and a different request under a used key is refused.
     *
     * @throws InvalidInputException naming the first field at fault
     * @throws ConflictException     when the key was used for a different request, or the member already
     *                               submitted exactly this report
     */
    @Transactional
    public Submitted submit(ReportSubmission submission, String idempotencyKey) {
        Caller caller = requireReporter();
        scope.enter(caller);
        String original = ReportJson.write(submission);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        byte[] tag = keys.reporterTag(caller.orgId());
        if (key != null) {
            if (key.length() > 200) {
                throw new InvalidInputException("Idempotency-Key", "the Idempotency-Key header is longer than 200 characters");
            }
            // serialises concurrent retries of one key, so that exactly one of them creates the report
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(caller.orgId() + "/" + key)
                    .query((rs, n) -> 1).list();
            Optional<Map.Entry<String, UUID>> earlier = jdbc.sql(
                            "SELECT request_hash, report_id FROM report_idempotency WHERE reporter_tag = ? AND key = ?")
                    .params(tag, key)
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).optional();
            if (earlier.isPresent()) {
                if (!earlier.get().getKey().equals(ReportJson.sha256(original))) {
                    throw new ConflictException("the Idempotency-Key '" + key + "' was already used for a different report");
                }
                return new Submitted(earlier.get().getValue(), true);
            }
        }
        Intake intake = prepare(submission, caller);
        UUID id = store(intake, caller, tag, original);
        if (key != null) {
            jdbc.sql("INSERT INTO report_idempotency (reporter_tag, key, request_hash, report_id) VALUES (?, ?, ?, ?)")
                    .params(tag, key, ReportJson.sha256(original), id).update();
        }
        return new Submitted(id, false);
    }

    /**
     * A validated, normalised, screened submission ready to store.
     *
     * @param contentJson the content as stored, written once for both the hash and the row
     */
    record Intake(ReportContent content, String searchText, List<String> countries, Sharing sharing,
                  boolean shareAttachments, String reference, List<ReportView.ListHit> hits, String contentHash,
                  String contentJson) {
    }

    Intake prepare(ReportSubmission submission, Caller caller) {
        ReportNormaliser.Outcome outcome = normaliser.normalise(submission);
        if (!outcome.valid()) {
            ReportNormaliser.Problem first = outcome.problems().getFirst();
            throw new InvalidInputException(first.field(), first.message());
        }
        return intake(submission, outcome, settings(caller));
    }

    /** A valid outcome with the sharing decided and the list hits found; thread-safe, touches no database. */
    Intake intake(ReportSubmission submission, ReportNormaliser.Outcome outcome, MemberSettings settings) {
        return intake(submission, outcome, settings, null);
    }

    /**
     * As {@link #intake(ReportSubmission, ReportNormaliser.Outcome, MemberSettings)}, reusing the list hits
     * of an identical query from {@code screened} (a bulk file names the same front many times, and
     * screening is the costly step); {@code screened} belongs to one job.
     */
    Intake intake(ReportSubmission submission, ReportNormaliser.Outcome outcome, MemberSettings settings,
                  ScreeningMemo screened) {
        Sharing sharing = submission.sharing() == null || submission.sharing().isBlank()
                ? settings.defaultSharing() : Sharing.parse(submission.sharing());
        boolean shareAttachments = submission.shareAttachments() == null
                ? settings.shareAttachments() : submission.shareAttachments();
        String reference = submission.reference() == null || submission.reference().isBlank() ? null : submission.reference().strip();
        String contentJson = ReportJson.write(outcome.content());
        String contentHash = ReportJson.sha256(contentJson + "\u001f" + sharing.key()
                + "\u001f" + (reference == null ? "" : reference));
        return new Intake(outcome.content(), outcome.searchText(), outcome.countries(), sharing, shareAttachments,
                reference, screen(outcome.queries(), screened), contentHash, contentJson);
    }

    /** List hits for every party, best first; a party whose names screening cannot use is skipped. */
    List<ReportView.ListHit> screen(Map<String, Query> queries, ScreeningMemo screened) {
        List<ReportView.ListHit> hits = new ArrayList<>();
        for (var q : queries.entrySet()) {
            try {
                List<MatchResult> results = screened == null
                        ? screening.screen(q.getValue(), properties.screeningLimit())
                        : screened.results(q.getValue(), query -> screening.screen(query, properties.screeningLimit()));
                for (MatchResult r : results) {
                    if (r.band() != Band.NO_MATCH) {
                        hits.add(new ReportView.ListHit(q.getKey(), r.entityId(), r.caption(),
                                r.schema() == null ? null : r.schema().name(), Math.round(r.score() * 1000) / 1000.0,
                                r.band().name().toLowerCase(Locale.ROOT)));
                    }
                }
            } catch (IllegalArgumentException e) {
                log.debug("party {} not screened: {}", q.getKey(), e.getMessage());
            }
        }
        return hits;
    }

    /**
     * The list hits of each distinct query within one bulk job. Rows are prepared in parallel and a file
     * names the same front again and again, so a query another thread is screening is waited for rather
     * than screened a second time. Holds at most {@link #SCREENING_CACHE} queries; beyond that, queries
     * are screened without being remembered.
     */
    static final class ScreeningMemo {
        private final ConcurrentHashMap<Query, CompletableFuture<List<MatchResult>>> results = new ConcurrentHashMap<>();

        /** The memoised results for {@code query}, screening it with {@code screen} the first time. */
        List<MatchResult> results(Query query, java.util.function.Function<Query, List<MatchResult>> screen) {
            CompletableFuture<List<MatchResult>> known = results.get(query);
            if (known == null) {
                if (results.size() >= SCREENING_CACHE) {
                    return screen.apply(query);
                }
                CompletableFuture<List<MatchResult>> mine = new CompletableFuture<>();
                known = results.putIfAbsent(query, mine);
                if (known == null) {
                    try {
                        List<MatchResult> found = screen.apply(query);
                        mine.complete(found);
                        return found;
                    } catch (RuntimeException e) {
                        mine.completeExceptionally(e);
                        throw e;
                    }
                }
            }
            try {
                return known.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    UUID store(Intake intake, Caller caller, byte[] tag, String original) {
        UUID id = RandomIds.next();
        byte[] sealed = keys.seal(ReportJson.write(new SealedIdentity(caller.orgId(), caller.label(), intake.reference(),
                original)).getBytes(StandardCharsets.UTF_8), "report:" + id);
        Optional<UUID> inserted = jdbc.sql("""
                        INSERT INTO report (id, reporter_tag, reporter_sealed, sharing, attachments_shared, received_on,
                                            channel, search_text, countries, content, list_hits, content_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
                        ON CONFLICT (reporter_tag, content_hash) DO NOTHING RETURNING id""")
                .params(id, tag, sealed, intake.sharing().key(), intake.shareAttachments(), intake.content().receivedAt(),
                        intake.content().channel(), intake.searchText(), intake.countries().toArray(String[]::new),
                        intake.contentJson(), ReportJson.write(intake.hits()), intake.contentHash())
                .query(UUID.class).optional();
        if (inserted.isEmpty()) {
            UUID existing = jdbc.sql("SELECT id FROM report WHERE reporter_tag = ? AND content_hash = ?")
                    .params(tag, intake.contentHash()).query(UUID.class).single();
            throw new ConflictException("this report was already submitted as " + existing
                    + " (same content, sharing and reference); nothing was stored again");
        }
        audit.record("report.create", "report", keys.auditHandle(id), null,
                "sharing=" + intake.sharing().key() + " hits=" + intake.hits().size());
        events.publishEvent(new ReportSubmitted(id, intake.sharing().key()));
        return id;
    }

    /**
     * Stores many prepared reports of the caller in one statement batch, inside the caller's transaction
     * (scope entered); one audit entry covers the batch. Returns, per intake, the new id or null when the
     * member already had an identical report.
     */
    /** A prepared report with its id chosen and its identity sealed: all the costly work, done off the database. */
    record Ready(UUID id, Intake intake, byte[] sealed, String contentJson, String hitsJson) {
    }

    /** Seals and serialises an intake; thread-safe and touches no database, so bulk intake runs it in parallel. */
    Ready ready(Intake in, String original, Caller caller) {
        UUID id = RandomIds.next();
        byte[] sealed = keys.seal(ReportJson.write(new SealedIdentity(caller.orgId(), caller.label(), in.reference(),
                original)).getBytes(StandardCharsets.UTF_8), "report:" + id);
        return new Ready(id, in, sealed, in.contentJson(), ReportJson.write(in.hits()));
    }

    List<UUID> storeAll(List<Ready> ready, Caller caller, String auditDetail) {
        byte[] tag = keys.reporterTag(caller.orgId());
        List<UUID> ids = new ArrayList<>(ready.size());
        List<Object[]> params = new ArrayList<>(ready.size());
        for (Ready r : ready) {
            Intake in = r.intake();
            ids.add(r.id());
            params.add(new Object[] {r.id(), tag, r.sealed(), in.sharing().key(), in.shareAttachments(),
                    in.content().receivedAt(), in.content().channel(), in.searchText(), in.countries().toArray(String[]::new),
                    r.contentJson(), r.hitsJson(), in.contentHash()});
        }
        int[][] counts = batch.batchUpdate("""
                        INSERT INTO report (id, reporter_tag, reporter_sealed, sharing, attachments_shared, received_on,
                                            channel, search_text, countries, content, list_hits, content_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
                        ON CONFLICT (reporter_tag, content_hash) DO NOTHING""", params, 1000,
                (ps, row) -> {
                    for (int c = 0; c < row.length; c++) {
                        if (row[c] instanceof String[] array) {
                            ps.setArray(c + 1, ps.getConnection().createArrayOf("text", array));
                        } else if (row[c] instanceof LocalDate d) {
                            ps.setObject(c + 1, d);
                        } else {
                            ps.setObject(c + 1, row[c]);
                        }
                    }
                });
        int k = 0;
        int stored = 0;
        for (int[] chunk : counts) {
            for (int n : chunk) {
                if (n == 0) {
                    ids.set(k, null);
                } else {
                    stored++;
                    events.publishEvent(new ReportSubmitted(ids.get(k), ready.get(k).intake().sharing().key()));
                }
                k++;
            }
        }
        if (stored > 0) {
            audit.record("report.create-batch", "report", null, null, auditDetail + " stored=" + stored);
        }
        return ids;
    }

    /**
     * One report as the caller may see it: in full for its reporter and operator staff, blinded for
     * other members when it is shared with them.
     *
     * @throws NotFoundException when it does not exist or the caller may not see it (indistinguishable)
     */
    @Transactional
    public ReportView find(UUID id) {
        Caller caller = Callers.require();
        if (isOperatorStaff(caller)) {
            ReportView v = rows.full(id, true).orElseThrow(Reports::notFound);
            audit.record("report.read", "report", id.toString(), null, "operator read in full");
            return v;
        }
        if (caller.orgKind() != OrganisationKind.MEMBER) {
            throw notFound();
        }
        scope.enter(caller);
        Optional<ReportView> own = rows.full(id, true);
        if (own.isPresent()) {
            return own.get();
        }
        List<ReportView> shared = rows.shared(id, null, properties.shareBeforeReview(), 1, 0, true).views();
        if (shared.isEmpty()) {
            throw notFound();
        }
        audit.record("report.read-shared", "report", id.toString(), null, "blinded");
        return shared.getFirst();
    }

    /** Which reports a page lists. */
    public enum Scope {
        /** The caller's own reports. */
        OWN,
        /** Reports other members shared (blinded); for operator staff every report. */
        SHARED;

        public static Scope parse(String value) {
            return switch (value == null ? "own" : value.strip().toLowerCase(Locale.ROOT)) {
                case "own" -> OWN;
                case "shared" -> SHARED;
                default -> throw new InvalidInputException("scope", "unknown scope '" + value + "' (expected own or shared)");
            };
        }
    }

    /**
     * A page of the reports the caller may see, newest first, optionally only those whose inquiring
     * parties' names contain {@code query}. The total counts only what the caller may see.
     */
    @Transactional
    public ReportPage page(Scope which, String query, int page, int size) {
        Caller caller = Callers.require();
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        int p = Math.max(0, page);
        if (p > 100_000) {
            throw new InvalidInputException("page", "page is too large");
        }
        int offset = p * limit;
        String q = searchTerm(query);
        if (isOperatorStaff(caller)) {
            if (which == Scope.OWN) {
                return new ReportPage(List.of(), p, limit, 0);
            }
            long total = jdbc.sql("SELECT count(*) FROM report WHERE (?::text IS NULL OR search_text LIKE '%' || ? || '%')")
                    .params(q, q).query(Long.class).single();
            List<ReportView> items = rows.fullList("SELECT " + rowsColumns() + " FROM report "
                    + "WHERE (?::text IS NULL OR search_text LIKE '%' || ? || '%') ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                    q, q, limit, offset);
            audit.record("report.list", "report", null, null, "operator listed " + items.size() + " reports in full");
            return new ReportPage(items, p, limit, total);
        }
        if (caller.orgKind() != OrganisationKind.MEMBER) {
            // regulators receive released packages, not the pool; auditors read the audit trail
            return new ReportPage(List.of(), p, limit, 0);
        }
        scope.enter(caller);
        if (which == Scope.OWN) {
            byte[] tag = keys.reporterTag(caller.orgId());
            long total = jdbc.sql("SELECT count(*) FROM report WHERE reporter_tag = ? "
                            + "AND (?::text IS NULL OR search_text LIKE '%' || ? || '%')")
                    .params(tag, q, q).query(Long.class).single();
            List<ReportView> items = rows.fullList("SELECT " + rowsColumns() + " FROM report WHERE reporter_tag = ? "
                    + "AND (?::text IS NULL OR search_text LIKE '%' || ? || '%') ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                    tag, q, q, limit, offset);
            return new ReportPage(items, p, limit, total);
        }
        ReportRows.Blinded shared = rows.shared(null, q, properties.shareBeforeReview(), limit, offset, false);
        if (!shared.views().isEmpty()) {
            audit.record("report.list-shared", "report", null, null, "blinded page of " + shared.views().size());
        }
        return new ReportPage(shared.views(), p, limit, shared.total());
    }

    private static String rowsColumns() {
        return "id, sharing, status, attachments_shared, received_on, created_at, content, list_hits, reporter_sealed, review_note";
    }

    /** The search term as the stored search text spells names: Latin, lower case, no wildcards. */
    static String searchTerm(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        if (query.length() > 200) {
            throw new InvalidInputException("q", "the search is longer than 200 characters");
        }
        try {
            String latin = NameNormalizer.getDefault().normalize(query).latin();
            return latin.replaceAll("[%_\\\\]", "");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("q", "nothing to search for in '" + query + "'");
        }
    }

    /** A member's defaults for new reports. */
    public record MemberSettings(Sharing defaultSharing, boolean shareAttachments) {
    }

    MemberSettings settings(Caller caller) {
        return jdbc.sql("SELECT default_sharing, share_attachments FROM report_member_setting WHERE org_id = ?")
                .param(caller.orgId())
                .query((rs, n) -> new MemberSettings(Sharing.parse(rs.getString(1)), rs.getBoolean(2)))
                .optional().orElse(new MemberSettings(properties.sharingDefault(), false));
    }

    /** The calling member's defaults. */
    @Transactional(readOnly = true)
    public MemberSettings settings() {
        Caller caller = Callers.require();
        if (caller.orgKind() != OrganisationKind.MEMBER) {
            throw new AccessRefusedException("reporting defaults belong to member firms");
        }
        return settings(caller);
    }

    /** Sets the calling member's defaults; member administrators only. */
    @Transactional
    public MemberSettings updateSettings(MemberSettings settings) {
        Caller caller = Callers.require();
        if (!caller.is(Role.MEMBER_ADMIN) || !caller.canWrite()) {
            throw new AccessRefusedException("only a member administrator sets the reporting defaults");
        }
        jdbc.sql("""
                INSERT INTO report_member_setting (org_id, default_sharing, share_attachments) VALUES (?, ?, ?)
                ON CONFLICT (org_id) DO UPDATE SET default_sharing = excluded.default_sharing,
                    share_attachments = excluded.share_attachments, updated_at = now()""")
                .params(caller.orgId(), settings.defaultSharing().key(), settings.shareAttachments()).update();
        audit.record("report.settings", "organisation", caller.orgId().toString(), caller.orgId(),
                "default sharing " + settings.defaultSharing().key());
        return settings;
    }

    static Caller requireReporter() {
        Caller caller = Callers.require();
        if (caller.orgKind() != OrganisationKind.MEMBER) {
            throw new AccessRefusedException("only member firms submit reports");
        }
        if (!caller.canWrite()) {
            throw new AccessRefusedException("submitting a report needs the write scope");
        }
        return caller;
    }

    static boolean isOperatorStaff(Caller caller) {
        return caller.isSystem() || caller.is(Role.OPERATOR_ANALYST) || caller.is(Role.OPERATOR_ADMIN);
    }

    static NotFoundException notFound() {
        return new NotFoundException("report not found");
    }
}
