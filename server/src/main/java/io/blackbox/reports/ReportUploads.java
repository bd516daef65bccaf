package io.blackbox.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import io.blackbox.engine.linking.Csv;
import io.blackbox.platform.AccessRefusedException;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.NotFoundException;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.RandomIds;
import io.blackbox.reports.internal.ColumnMapping;
import io.blackbox.reports.internal.ReportJson;
import io.blackbox.reports.internal.ReportNormaliser;
import io.blackbox.reports.internal.ReportScope;
import io.blackbox.reports.internal.RowSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;

/**
 * Bulk intake: a member's saved column mappings, and uploads of CSV, XLSX or JSON Lines files that run
 * as jobs. Rows are read one at a time, validated, normalised and screened in parallel, and stored in
 * batches; every bad row is kept with a row-numbered, field-named error for download and re-upload,
 * and every valid row is stored.
 */
@Service
public class ReportUploads {

    private static final Logger log = LoggerFactory.getLogger(ReportUploads.class);
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Reports reports;
    private final ReportNormaliser normaliser;
    private final ReportScope scope;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final ReportsProperties properties;

    ReportUploads(JdbcClient jdbc, Reports reports, ReportNormaliser normaliser, ReportScope scope, AuditTrail audit,
                  PlatformTransactionManager transactions, ReportsProperties properties) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.normaliser = normaliser;
        this.scope = scope;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    /** A saved mapping: the member's column name to a report field ({@link ColumnMapping#FIELDS}) or "ignore". */
    public record Mapping(String name, Map<String, String> columns) {
    }

    /** One rejected row's problem. */
    public record RowError(int row, String field, String column, String message) {
    }

    /**
     * An upload job.
     *
     * @param processed rows read so far; equals {@code accepted + rejected} when done
     * @param errors    the first problems, by row
     */
    public record Job(UUID id, String format, String status, int processed, int accepted, int rejected,
                      String message, Instant createdAt, Instant finishedAt, List<RowError> errors) {
    }

    @Transactional
    public Mapping saveMapping(String name, Map<String, String> columns) {
        Caller caller = requireMember(true);
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}")) {
            throw new InvalidInputException("name", "a mapping name is 1 to 60 letters, digits, spaces, dots, dashes or underscores");
        }
        if (columns == null || columns.isEmpty()) {
            throw new InvalidInputException("columns", "the mapping names no column");
        }
        ColumnMapping mapping = new ColumnMapping(columns);
        jdbc.sql("""
                INSERT INTO report_mapping (org_id, name, columns) VALUES (?, ?, ?::jsonb)
                ON CONFLICT (org_id, name) DO UPDATE SET columns = excluded.columns, updated_at = now()""")
                .params(caller.orgId(), name, ReportJson.write(mapping.explicit())).update();
        audit.record("report.mapping", "report_mapping", name, caller.orgId(), columns.size() + " columns");
        return new Mapping(name, mapping.explicit());
    }

    @Transactional(readOnly = true)
    public List<Mapping> mappings() {
        Caller caller = requireMember(false);
        return jdbc.sql("SELECT name, columns FROM report_mapping WHERE org_id = ? ORDER BY name").param(caller.orgId())
                .query((rs, n) -> new Mapping(rs.getString(1), ReportJson.read(rs.getString(2), STRING_MAP))).list();
    }

    /**
     * Starts a job for an uploaded file; the file is copied first, since the upload's own temporary file
     * ends with the request. The job runs as the caller in the background.
     *
     * @param format  csv, xlsx or jsonl; from the file name's extension when null
     * @param mapping a saved mapping's name, or null for columns named like the fields
     */
    public Job start(String format, String filename, String mapping, InputStream content) {
        Caller caller = requireMember(true);
        RowSource.Format f = RowSource.Format.parse(format, filename);
        ColumnMapping columns = mapping == null || mapping.isBlank() ? new ColumnMapping(Map.of()) : findMapping(mapping);
        Path copy;
        try {
            copy = Files.createTempFile("blackbox-upload-", "." + f.key());
            Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload for processing", e);
        }
        RowSource source;
        try {
            source = RowSource.open(f, copy);
        } catch (IOException e) {
            delete(copy);
            throw new InvalidInputException("file", "the file cannot be read as " + f.key());
        } catch (RuntimeException e) {
            delete(copy);
            throw e;
        }
        UUID id = RandomIds.next();
        tx.executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO report_job (id, org_id, format, status, columns) VALUES (?, ?, ?, 'running', ?)")
                    .params(id, caller.orgId(), f.key(), source.columns().toArray(String[]::new)).update();
            audit.record("report.upload", "report_job", id.toString(), caller.orgId(), f.key());
        });
        Runnable work = () -> run(id, source, columns, caller, copy);
        Thread.ofVirtual().name("report-upload-" + id).start(DelegatingSecurityContextRunnable.create(work, null));
        return tx.execute(s -> job(id));
    }

    /** Runs a job to its end in the calling thread, as the current caller (for tests, the CLI and benchmarks). */
    public Job runNow(String format, String filename, String mapping, Path file) {
        Caller caller = requireMember(true);
        RowSource.Format f = RowSource.Format.parse(format, filename);
        ColumnMapping columns = mapping == null || mapping.isBlank() ? new ColumnMapping(Map.of()) : findMapping(mapping);
        UUID id = RandomIds.next();
        try (RowSource source = RowSource.open(f, file)) {
            tx.executeWithoutResult(s -> jdbc.sql(
                            "INSERT INTO report_job (id, org_id, format, status, columns) VALUES (?, ?, ?, 'running', ?)")
                    .params(id, caller.orgId(), f.key(), source.columns().toArray(String[]::new)).update());
            run(id, source, columns, caller, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tx.execute(s -> job(id));
    }

    // called from within this bean, so it opens its own transaction rather than relying on the proxy
    private ColumnMapping findMapping(String name) {
        return tx.execute(s -> mappings()).stream().filter(m -> m.name().equals(name)).findFirst()
                .map(m -> new ColumnMapping(m.columns()))
                .orElseThrow(() -> new InvalidInputException("mapping", "no saved mapping named '" + name + "'"));
    }

    /** A prepared row: the intake to store, or its problems. */
    private record Prepared(RowSource.SourceRow row, Reports.Ready ready, List<RowError> errors) {
    }

    private void run(UUID id, RowSource source, ColumnMapping columns, Caller caller, Path copy) {
        long start = System.nanoTime();
        int accepted = 0;
        int rejected = 0;
        int processed = 0;
        int errorsKept = 0;
        // one storing thread carrying the caller, so chunks are stored in order and under row-level security
        var storer = Executors.newSingleThreadExecutor(
                r -> Thread.ofVirtual().name("report-upload-store-" + id).unstarted(DelegatingSecurityContextRunnable.create(r, null)));
        try (source; storer) {
            Reports.MemberSettings settings = tx.execute(s -> reports.settings(caller));
            var screened = new Reports.ScreeningMemo();
            var latinNames = new ConcurrentHashMap<String, String>();
            CompletableFuture<int[]> storing = null;
            List<RowSource.SourceRow> chunk = new ArrayList<>(properties.bulkBatchSize());
            while (source.hasNext() || !chunk.isEmpty()) {
                if (source.hasNext() && chunk.size() < properties.bulkBatchSize()) {
                    chunk.add(source.next());
                    continue;
                }
                List<String> header = source.columns();
                List<Prepared> prepared = chunk.parallelStream().map(r -> prepare(r, columns, header, settings, caller, screened, latinNames)).toList();
                chunk.clear();
                // the database stores one chunk while the next is prepared: PostgreSQL and the JVM use different cores
                if (storing != null) {
                    int[] counts = storing.join();
                    accepted += counts[0];
                    rejected += counts[1];
                    errorsKept += counts[2];
                    processed += counts[3];
                }
                int kept = errorsKept;
                storing = CompletableFuture.supplyAsync(
                        () -> progress(id, store(id, prepared, caller, kept), prepared.size()), storer);
            }
            if (storing != null) {
                int[] counts = storing.join();
                accepted += counts[0];
                rejected += counts[1];
                processed += counts[3];
            }
            int a = accepted, r = rejected;
            tx.executeWithoutResult(s -> {
                jdbc.sql("UPDATE report_job SET status = 'done', finished_at = now() WHERE id = ?").param(id).update();
                audit.record("report.upload-done", "report_job", id.toString(), caller.orgId(), "accepted=" + a + " rejected=" + r);
            });
            log.info("Report upload {} done: {} accepted, {} rejected in {} ms", id, accepted, rejected,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | IOException | Error e) {
            // whatever happens, the job must not stay "running" for ever
            log.warn("Report upload {} failed after {} rows: {}", id, processed, e.toString(), e);
            String why = e instanceof InvalidInputException ? e.getMessage() : "the file could not be read to its end after row " + processed;
            tx.executeWithoutResult(s -> jdbc.sql("UPDATE report_job SET status = 'failed', message = ?, finished_at = now() WHERE id = ?")
                    .params(why, id).update());
        } finally {
            if (copy != null) {
                delete(copy);
            }
        }
    }

    private Prepared prepare(RowSource.SourceRow row, ColumnMapping columns, List<String> header,
                             Reports.MemberSettings settings, Caller caller,
                             Reports.ScreeningMemo screened, ConcurrentHashMap<String, String> latinNames) {
        if (row.unreadable() != null) {
            return new Prepared(row, null, List.of(new RowError(row.number(), "row", null, row.unreadable())));
        }
        List<ColumnMapping.CellProblem> cellProblems = new ArrayList<>();
        ReportSubmission submission = row.submission() != null ? row.submission() : columns.apply(row.cells(), cellProblems);
        ReportNormaliser.Outcome outcome = normaliser.normalise(submission, latinNames);
        List<RowError> errors = new ArrayList<>();
        for (var p : cellProblems) {
            errors.add(new RowError(row.number(), p.field(), columns.columnOf(p.field(), header), p.message()));
        }
        for (var p : outcome.problems()) {
            if (errors.stream().noneMatch(e -> e.field().equals(p.field()))) {
                errors.add(new RowError(row.number(), p.field(), row.submission() != null ? null : columns.columnOf(p.field(), header),
                        p.message()));
            }
        }
        if (!errors.isEmpty()) {
            return new Prepared(row, null, errors);
        }
        String original = row.submission() != null ? ReportJson.write(row.submission()) : ReportJson.write(row.cells());
        return new Prepared(row, reports.ready(reports.intake(submission, outcome, settings, screened), original, caller),
                List.of());
    }

    /** Records a stored chunk in the job's counters; returns the counts with the rows of the chunk appended. */
    private int[] progress(UUID id, int[] counts, int rows) {
        tx.executeWithoutResult(s -> jdbc.sql("""
                        UPDATE report_job SET accepted = accepted + ?, rejected = rejected + ?, processed = processed + ?,
                               total = processed + ? WHERE id = ?""")
                .params(counts[0], counts[1], rows, rows, id).update());
        return new int[] {counts[0], counts[1], counts[2], rows};
    }

    /** Stores a chunk in one transaction; returns accepted, rejected and error rows kept. */
    private int[] store(UUID job, List<Prepared> prepared, Caller caller, int errorsKept) {
        return tx.execute(s -> {
            scope.enter(caller);
            List<Prepared> valid = prepared.stream().filter(p -> p.ready() != null).toList();
            List<UUID> ids = valid.isEmpty() ? List.of()
                    : reports.storeAll(valid.stream().map(Prepared::ready).toList(), caller, "upload " + job);
            List<Object[]> errorRows = new ArrayList<>();
            int accepted = 0;
            int rejected = 0;
            int v = 0;
            for (Prepared p : prepared) {
                List<RowError> errors = p.errors();
                if (p.ready() != null) {
                    if (ids.get(v++) != null) {
                        accepted++;
                        continue;
                    }
                    errors = List.of(new RowError(p.row().number(), "row", null,
                            "duplicate: you already submitted this report (same content, sharing and reference)"));
                }
                rejected++;
                if (errorsKept + errorRows.size() < properties.maxRowErrorsKept()) {
                    String raw = ReportJson.write(p.row().cells());
                    for (RowError e : errors) {
                        String label = e.column() == null ? e.field() : e.field() + " (column '" + e.column() + "')";
                        errorRows.add(new Object[] {job, e.row(), label, e.message(), raw});
                    }
                }
            }
            if (!errorRows.isEmpty()) {
                for (Object[] r : errorRows) {
                    jdbc.sql("INSERT INTO report_job_error (job_id, row_no, field, message, raw) VALUES (?, ?, ?, ?, ?::jsonb) "
                            + "ON CONFLICT DO NOTHING").params(r).update();
                }
            }
            return new int[] {accepted, rejected, (int) errorRows.stream().map(r -> r[1]).distinct().count()};
        });
    }

    /** A job of the caller's organisation; another organisation's job answers like a missing one. */
    @Transactional(readOnly = true)
    public Job job(UUID id) {
        Caller caller = Callers.require();
        if (caller.orgKind() != OrganisationKind.MEMBER) {
            throw new NotFoundException("job not found");
        }
        List<RowError> errors = jdbc.sql("""
                        SELECT row_no, field, message FROM report_job_error WHERE job_id = ?
                        ORDER BY row_no, field LIMIT 200""").param(id)
                .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), null, rs.getString(3))).list();
        return jdbc.sql("SELECT * FROM report_job WHERE id = ? AND org_id = ?").params(id, caller.orgId())
                .query((rs, n) -> new Job(id, rs.getString("format"), rs.getString("status"), rs.getInt("processed"),
                        rs.getInt("accepted"), rs.getInt("rejected"), rs.getString("message"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("finished_at")), errors))
                .optional().orElseThrow(() -> new NotFoundException("job not found"));
    }

    /** The caller's recent jobs, newest first. */
    @Transactional(readOnly = true)
    public List<Job> jobs() {
        Caller caller = requireMember(false);
        return jdbc.sql("SELECT * FROM report_job WHERE org_id = ? ORDER BY created_at DESC LIMIT 20").param(caller.orgId())
                .query((rs, n) -> new Job(rs.getObject("id", UUID.class), rs.getString("format"), rs.getString("status"),
                        rs.getInt("processed"), rs.getInt("accepted"), rs.getInt("rejected"), rs.getString("message"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("finished_at")), List.of()))
                .list();
    }

    /**
     * The rejected rows as CSV in the member's own columns plus an {@code error} column, ready to fix and
     * upload again (the error column maps to no field). Formula-like cells are neutralised with a leading
     * apostrophe, which a re-upload removes again.
     */
    @Transactional(readOnly = true)
    public void rejectedRows(UUID id, Writer out) throws IOException {
        job(id); // same transaction: this method's own proxy opened it
        List<String> header = jdbc.sql("SELECT columns FROM report_job WHERE id = ?").param(id)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single();
        Map<Integer, Map.Entry<String, List<String>>> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT row_no, field, message, raw FROM report_job_error WHERE job_id = ? ORDER BY row_no, field").param(id)
                .query(rs -> {
                    var entry = rows.computeIfAbsent(rs.getInt(1), k -> {
                        try {
                            return Map.entry(rs.getString(4), new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    entry.getValue().add("row " + rs.getInt(1) + ", " + rs.getString(2) + ": " + rs.getString(3));
                });
        List<String> columns = new ArrayList<>(header);
        if (columns.isEmpty() && !rows.isEmpty()) {
            columns.addAll(ReportJson.read(rows.values().iterator().next().getKey(), STRING_MAP).keySet());
        }
        List<String> head = new ArrayList<>(columns);
        head.add("error");
        Csv.writeRecord(out, head.stream().map(ReportUploads::neutralise).toArray(String[]::new));
        for (var r : rows.values()) {
            Map<String, String> cells = ReportJson.read(r.getKey(), STRING_MAP);
            List<String> values = new ArrayList<>();
            for (String c : columns) {
                values.add(neutralise(cells.getOrDefault(c, "")));
            }
            values.add(neutralise(String.join("; ", r.getValue())));
            Csv.writeRecord(out, values.toArray(String[]::new));
        }
        out.flush();
    }

    /** A cell a spreadsheet would evaluate gets a leading apostrophe (OWASP CSV injection). */
    static String neutralise(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Caller requireMember(boolean write) {
        Caller caller = Callers.require();
        if (caller.orgKind() != OrganisationKind.MEMBER) {
            throw new AccessRefusedException("bulk intake is for member firms");
        }
        if (write && !caller.canWrite()) {
            throw new AccessRefusedException("uploading needs the write scope");
        }
        return caller;
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            log.debug("could not delete {}", p);
        }
    }
}
