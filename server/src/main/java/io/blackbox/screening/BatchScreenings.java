package io.blackbox.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.PreparedQuery;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.NotFoundException;
import io.blackbox.platform.PlatformProperties;
import io.blackbox.platform.RandomIds;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch screening: a whole customer file, screened in the background with progress, results kept for
 * download. Files are streamed from disk row by row, never held in memory; results go to the database in
 * chunks, so any node can serve the download.
 */
@Service
public class BatchScreenings {

    private static final Logger log = LoggerFactory.getLogger(BatchScreenings.class);
    private static final int CHUNK = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ListScreening index;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final ScreeningProperties props;
    private final Path folder;
    private final Screenings screenings;

    BatchScreenings(ListScreening index, JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate tx,
                    AuditTrail audit, ScreeningProperties props, PlatformProperties platform, Screenings screenings) {
        this.index = index;
        this.screenings = screenings;
        this.jdbc = jdbc;
        this.batches = batches;
        this.tx = tx;
        this.audit = audit;
        this.props = props;
        this.folder = platform.dataDir().resolve("batch");
    }

    /**
     * Stores the upload, checks its header, and starts the job.
     *
     * @param format csv, xlsx or jsonl; null to go by the file name
     * @throws InvalidInputException naming {@code file} when the file is too large or its header unusable
     */
    public BatchJob submit(String fileName, InputStream content, String format) {
        Caller caller = Screenings.requireScreener();
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        String fmt = format == null || format.isBlank() ? BatchRows.formatOf(name) : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!Set.of("csv", "xlsx", "jsonl", "json").contains(fmt)) {
            throw new InvalidInputException("format", "format must be csv, xlsx or jsonl");
        }
        UUID id = RandomIds.next();
        Path file = folder.resolve(id + "." + fmt);
        try {
            Files.createDirectories(folder);
            copyBounded(content, file, props.maxBatchBytes().toBytes());
            try (BatchRows rows = BatchRows.open(file, fmt)) {
                rows.hasNext();
            }
        } catch (IllegalArgumentException e) {
            deleteQuietly(file);
            throw new InvalidInputException("file", e.getMessage());
        } catch (IOException e) {
            deleteQuietly(file);
            throw new InvalidInputException("file", "the file cannot be read: " + e.getMessage());
        }
        int expected = expectedRows(file, fmt);
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    INSERT INTO batch_job (id, org_id, actor_label, input_name, status, total_rows)
                    VALUES (?, ?, ?, ?, 'queued', ?)""")
                    .params(id, caller.orgId(), caller.label(), name.length() > 200 ? name.substring(0, 200) : name,
                            expected).update();
            audit.record("screening.batch.create", "batch_job", id.toString(), caller.orgId(), "format=" + fmt);
        });
        Thread.ofVirtual().name("batch-" + id).start(() -> run(id, file, fmt, caller));
        return tx.execute(s -> jdbc.sql("SELECT * FROM batch_job WHERE id = ?").param(id)
                .query(BatchScreenings::map).single());
    }

    @Transactional(readOnly = true)
    public Optional<BatchJob> job(UUID id) {
        Screenings.requireScreener();
        return jdbc.sql("SELECT * FROM batch_job WHERE id = ?").param(id).query(BatchScreenings::map).optional();
    }

    @Transactional(readOnly = true)
    public List<BatchJob> jobs() {
        Screenings.requireScreener();
        return jdbc.sql("SELECT * FROM batch_job ORDER BY created_at DESC LIMIT 100").query(BatchScreenings::map).list();
    }

    /**
     * Writes a finished job's results: one line per hit (rank 1..n), one line with rank 0 for a row
     * without hits, one line with an error for a row that could not be screened.
     *
     * @param format csv, xlsx or json (JSON lines)
     */
    @Transactional(readOnly = true)
    public void export(UUID id, String format, OutputStream out) throws IOException {
        BatchJob job = job(id).orElseThrow(() -> new NotFoundException("no such job"));
        if (!job.status().equals("done")) {
            throw new InvalidInputException("id", "the job is " + job.status() + "; results are ready when it is done");
        }
        JdbcTemplate cursor = new JdbcTemplate(batches.getDataSource());
        cursor.setFetchSize(2000);
        String sql = "SELECT row_no, query_id, query_name, rank, entity_id, caption, source, score, band, error "
                + "FROM batch_result WHERE job_id = ? ORDER BY row_no, rank";
        switch (format) {
            case "csv" -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write("row,query_id,query_name,rank,entity_id,name,source,score,band,match,error\r\n");
                cursor.query(sql, rs -> {
                    try {
                        w.write(csvLine(cells(rs)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, id);
                w.flush();
            }
            case "json", "jsonl" -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                cursor.query(sql, rs -> {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    List<Object> c = cells(rs);
                    String[] names = {"row", "queryId", "queryName", "rank", "entityId", "name", "source", "score", "band",
                            "match", "error"};
                    for (int i = 0; i < names.length; i++) {
                        if (c.get(i) != null && !"".equals(c.get(i))) {
                            m.put(names[i], c.get(i));
                        }
                    }
                    try {
                        w.write(JSON.writeValueAsString(m));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, id);
                w.flush();
            }
            case "xlsx" -> {
                Workbook wb = new Workbook(out, "Black Box", "1.0");
                Worksheet ws = wb.newWorksheet("results");
                String[] header = {"row", "query_id", "query_name", "rank", "entity_id", "name", "source", "score", "band",
                        "match", "error"};
                for (int i = 0; i < header.length; i++) {
                    ws.value(0, i, header[i]);
                }
                int[] r = {1};
                cursor.query(sql, rs -> {
                    List<Object> c = cells(rs);
                    for (int i = 0; i < c.size(); i++) {
                        Object v = c.get(i);
                        if (v instanceof Number n) {
                            ws.value(r[0], i, n);
                        } else if (v != null) {
                            ws.value(r[0], i, v.toString());
                        }
                    }
                    r[0]++;
                    if (r[0] % 5000 == 0) {
                        try {
                            ws.flush();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }, id);
                wb.finish();
            }
            default -> throw new InvalidInputException("format", "format must be csv, xlsx or json");
        }
    }

    private void run(UUID id, Path file, String fmt, Caller caller) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of()));
        SecurityContextHolder.setContext(context);
        long start = System.nanoTime();
        int[] counts = new int[3]; // total, errors, rows with hits
        try (BatchRows rows = BatchRows.open(file, fmt)) {
            tx.executeWithoutResult(s -> jdbc.sql("UPDATE batch_job SET status = 'running' WHERE id = ?").param(id).update());
            Map<String, Set<String>> cleared = tx.execute(s -> clearedDecisions());
            List<BatchRows.Row> chunk = new ArrayList<>(CHUNK);
            while (rows.hasNext()) {
                if (counts[0] >= props.maxBatchRows()) {
                    throw new IllegalStateException("the file has more than " + props.maxBatchRows() + " rows");
                }
                chunk.add(rows.next());
                counts[0]++;
                if (chunk.size() == CHUNK) {
                    process(id, caller, chunk, cleared, counts);
                    chunk.clear();
                }
            }
            process(id, caller, chunk, cleared, counts);
            tx.executeWithoutResult(s -> {
                jdbc.sql("UPDATE batch_job SET status = 'done', total_rows = done_rows, finished_at = now() WHERE id = ?")
                        .param(id).update();
                audit.record("screening.batch.done", "batch_job", id.toString(), caller.orgId(),
                        "rows=" + counts[0] + " errors=" + counts[1] + " with-hits=" + counts[2]);
            });
            log.info("Batch {} screened {} rows in {} ms", id, counts[0], (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | IOException e) {
            log.warn("Batch {} failed: {}", id, e.getMessage());
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            tx.executeWithoutResult(s -> jdbc.sql(
                    "UPDATE batch_job SET status = 'failed', message = ?, finished_at = now() WHERE id = ?")
                    .params(message.length() > 500 ? message.substring(0, 500) : message, id).update());
        } finally {
            deleteQuietly(file);
            SecurityContextHolder.clearContext();
        }
    }

    private void process(UUID id, Caller caller, List<BatchRows.Row> chunk, Map<String, Set<String>> cleared,
                         int[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        // the pool answers as the caller sees it: the workers of the parallel stream act for the caller too
        var context = SecurityContextHolder.getContext();
        List<List<Object[]>> perRow = chunk.parallelStream().map(row -> {
            var before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(context);
            try {
                return screenRow(id, caller, row, cleared);
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }).toList();
        List<Object[]> results = new ArrayList<>();
        int errors = 0;
        int withHits = 0;
        for (List<Object[]> r : perRow) {
            results.addAll(r);
            Object[] first = r.getFirst();
            if (first[11] != null) {
                errors++;
            } else if (first[6] != null) {
                withHits++;
            }
        }
        counts[1] += errors;
        counts[2] += withHits;
        int done = counts[0];
        int e = counts[1];
        int h = counts[2];
        tx.executeWithoutResult(s -> {
            batches.batchUpdate("""
                    INSERT INTO batch_result (job_id, org_id, row_no, query_id, query_name, rank, entity_id, caption, source,
                                              score, band, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", results);
            jdbc.sql("UPDATE batch_job SET total_rows = greatest(total_rows, ?), done_rows = ?, error_rows = ?, "
                            + "hit_rows = ? WHERE id = ?")
                    .params(done, done, e, h, id).update();
        });
    }

    private List<Object[]> screenRow(UUID id, Caller caller, BatchRows.Row row, Map<String, Set<String>> cleared) {
        String queryId = row.get("id") == null ? "row-" + row.number() : row.get("id");
        String name = row.get("name") == null ? "" : row.get("name");
        if (row.error() != null) {
            return List.<Object[]>of(result(id, caller, row, queryId, name, 0, null, "row " + row.number() + ": " + row.error()));
        }
        try {
            List<String> names = new ArrayList<>();
            names.add(name);
            if (row.get("aliases") != null) {
                names.addAll(List.of(row.get("aliases").split("\\|")));
            }
            if (name.isBlank()) {
                throw new InvalidInputException("name", "name is empty");
            }
            Party party = Party.parse(names, row.get("type") != null ? row.get("type") : row.get("schema"),
                    row.get("country") == null ? List.of() : List.of(row.get("country")),
                    row.get("dob") == null ? List.of() : List.of(row.get("dob")), null, row.get("address"),
                    row.get("email"), row.get("phone"), row.get("website"));
            Set<String> skip = cleared.getOrDefault(party.counterpartyKey(), Set.of());
            PreparedQuery query = index.matcher().prepare(party.toQuery());
            List<MatchResult> hits = index.screen(query, props.batchHits() + skip.size()).stream()
                    .filter(r -> !r.band().equals(io.blackbox.engine.matching.Band.NO_MATCH))
                    .filter(r -> !skip.contains(r.entityId())).limit(props.batchHits()).toList();
            List<PooledHit> pooled = screenings.pooled(query, props.batchHits(), index.matcher().thresholds().review());
            if (hits.isEmpty() && pooled.isEmpty()) {
                return List.<Object[]>of(result(id, caller, row, queryId, name, 0, null, null));
            }
            List<Object[]> out = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                out.add(result(id, caller, row, queryId, name, i + 1, Hit.ofResult(hits.get(i)), null));
            }
            for (PooledHit p : pooled) {
                // ranked after the list hits; the caption is the name members reported most, never a reporter
                out.add(result(id, caller, row, queryId, name, out.size() + 1, new Hit(p.entityId(), p.caption(),
                        p.schema(), p.source(), p.score(), p.band(), null, null), null));
            }
            return out;
        } catch (InvalidInputException e) {
            return List.<Object[]>of(result(id, caller, row, queryId, name, 0, null,
                    "row " + row.number() + ", " + e.field() + ": " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            return List.<Object[]>of(result(id, caller, row, queryId, name, 0, null, "row " + row.number() + ": " + e.getMessage()));
        }
    }

    private static Object[] result(UUID id, Caller caller, BatchRows.Row row, String queryId, String name, int rank, Hit h,
                                   String error) {
        String shortName = name.length() > 1000 ? name.substring(0, 1000) : name;
        return new Object[] {id, caller.orgId(), row.number(), queryId, shortName, rank, h == null ? null : h.entityId(),
                h == null ? null : h.caption(), h == null ? null : h.source(), h == null ? null : h.score(),
                h == null ? null : h.band(), error};
    }

    /** The caller's cleared hits that still apply: counterparty key to entity ids. */
    private Map<String, Set<String>> clearedDecisions() {
        Map<String, Set<String>> out = new HashMap<>();
        jdbc.sql("""
                        SELECT d.counterparty_key, d.entity_id FROM (
                            SELECT DISTINCT ON (counterparty_key, entity_id) counterparty_key, entity_id, decision, entity_hash
                            FROM hit_decision ORDER BY counterparty_key, entity_id, id DESC) d
                        JOIN list_entity e ON e.entity_id = d.entity_id AND e.valid_to IS NULL AND e.content_hash = d.entity_hash
                        WHERE d.decision = 'cleared'""")
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        return out;
    }

    private static List<Object> cells(ResultSet rs) throws SQLException {
        List<Object> c = new ArrayList<>();
        c.add(rs.getInt("row_no"));
        c.add(rs.getString("query_id"));
        c.add(rs.getString("query_name"));
        c.add(rs.getInt("rank"));
        c.add(rs.getString("entity_id"));
        c.add(rs.getString("caption"));
        c.add(rs.getString("source"));
        c.add((Double) rs.getObject("score"));
        c.add(rs.getString("band"));
        c.add(rs.getString("band") == null ? "" : Boolean.toString("match".equals(rs.getString("band"))));
        c.add(rs.getString("error"));
        return c;
    }

    /** One CSV line, with cells that a spreadsheet would run as a formula made inert by a leading quote. */
    static String csvLine(List<Object> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = cells.get(i);
            String s = v == null ? "" : v.toString();
            if (!s.isEmpty() && !(v instanceof Number) && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
                s = "'" + s;
            }
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            sb.append(s);
        }
        return sb.append("\r\n").toString();
    }

    /** Rows the file should have, for the progress bar: its line count for text formats, 0 when unknown. */
    private static int expectedRows(Path file, String fmt) {
        if (fmt.equals("xlsx")) {
            return 0;
        }
        try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            long n = lines.filter(l -> !l.isBlank()).count();
            return (int) Math.min(Integer.MAX_VALUE, fmt.equals("csv") ? Math.max(0, n - 1) : n);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static void copyBounded(InputStream in, Path target, long limit) throws IOException {
        try (InputStream src = in; OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = src.read(buf)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new IllegalArgumentException("the file is larger than the limit of " + limit + " bytes");
                }
                out.write(buf, 0, n);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover upload in the batch folder is harmless and is overwritten by nothing
        }
    }

    private static BatchJob map(ResultSet rs, int n) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        return new BatchJob(rs.getObject("id", UUID.class), rs.getString("input_name"), rs.getString("status"),
                rs.getInt("total_rows"), rs.getInt("done_rows"), rs.getInt("error_rows"), rs.getInt("hit_rows"),
                rs.getString("message"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
