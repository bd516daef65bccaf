package io.blackbox.lists;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.blackbox.engine.lists.ImportIssue;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListDelta;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.platform.AccessRefusedException;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.ConflictException;
import io.blackbox.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns parsed list files into versions. Each source's import is one transaction: the new version
 * becomes current all at once or not at all, so screening never sees half a list. Files with errors
 * are rejected whole by default (the current version stays and an operator alert is raised), so that
 * a list never shrinks because a download was cut short.
 */
@Service
public class ListImports {

    private static final Logger log = LoggerFactory.getLogger(ListImports.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ListsProperties props;
    private final OperatorAlerts alerts;

    ListImports(JdbcClient jdbc, JdbcTemplate batches, AuditTrail audit, ApplicationEventPublisher events,
                ListsProperties props, OperatorAlerts alerts) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.audit = audit;
        this.events = events;
        this.props = props;
        this.alerts = alerts;
    }

    /**
     * Imports each result as the next version of its source.
     *
     * @param format    the format the files were read in, recorded on a new source
     * @param origin    where the files came from, for the version's record
     * @param fetchedAt when they were fetched
     * @param owner     the organisation that owns these lists (a member's own list), or null for public lists
     */
    @Transactional
    public List<ImportOutcome> publish(List<ImportResult> results, ListFormat format, String origin,
                                       Instant fetchedAt, UUID owner) {
        Caller caller = Callers.require();
        boolean allowed = caller.isSystem() || caller.is(Role.OPERATOR_ADMIN)
                || (owner != null && owner.equals(caller.orgId()));
        if (!allowed) {
            throw new AccessRefusedException("only operator administrators import public lists");
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (ImportResult r : results) {
            outcomes.add(publishOne(r, format, origin, fetchedAt, owner));
        }
        return outcomes;
    }

    private ImportOutcome publishOne(ImportResult result, ListFormat format, String origin, Instant fetchedAt,
                                     UUID owner) {
        String source = result.source();
        ensureSource(source, format, owner);
        int current = jdbc.sql("SELECT current_version FROM list_source WHERE key = ? FOR UPDATE")
                .param(source).query(Integer.class).single();

        if (result.hasErrors() && !props.acceptPartial()) {
            long errors = result.issues().stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR).count();
            String first = result.issues().stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR)
                    .findFirst().map(ImportIssue::toString).orElse("");
            String message = "import of " + source + " from " + origin + " rejected: " + errors
                    + " error(s), version " + current + " kept. First: " + first;
            jdbc.sql("UPDATE list_source SET last_error = ? WHERE key = ?").params(message, source).update();
            alerts.raise("list-import-rejected", source, message);
            audit.record("list.import.rejected", "list_source", source, owner, message);
            log.warn("List import rejected: {} error(s) for {}", errors, source);
            return new ImportOutcome(source, ImportOutcome.Status.REJECTED, current, 0, 0, 0, 0, result.issues());
        }

        Map<String, Stored> incoming = new LinkedHashMap<>();
        List<ImportIssue> issues = new ArrayList<>(result.issues());
        for (ListEntity e : result.entities()) {
            String json = EntityJson.write(e);
            Stored s = new Stored(e, json, EntityJson.sha256(json));
            if (incoming.putIfAbsent(e.id(), s) != null) {
                issues.add(new ImportIssue(source, e.id(), "id", "duplicate entity id; the first one was kept",
                        ImportIssue.Severity.WARNING));
            }
        }
        String checksum = checksum(incoming);
        String currentChecksum = current == 0 ? null : jdbc.sql(
                "SELECT checksum FROM list_version WHERE source = ? AND version = ?")
                .params(source, current).query(String.class).single();
        if (checksum.equals(currentChecksum)) {
            jdbc.sql("UPDATE list_source SET last_refresh_at = now(), last_error = NULL WHERE key = ?")
                    .param(source).update();
            return new ImportOutcome(source, ImportOutcome.Status.UNCHANGED, current, incoming.size(), 0, 0, 0, issues);
        }

        Map<String, String> currentHashes = new HashMap<>();
        jdbc.sql("SELECT entity_id, content_hash FROM list_entity WHERE source = ? AND valid_to IS NULL")
                .param(source).query(rs -> {
                    currentHashes.put(rs.getString(1), rs.getString(2));
                });
        List<String> removed = currentHashes.keySet().stream().filter(id -> !incoming.containsKey(id)).sorted().toList();
        List<Stored> added = new ArrayList<>();
        List<Stored> changed = new ArrayList<>();
        for (Stored s : incoming.values()) {
            String old = currentHashes.get(s.entity.id());
            if (old == null) {
                added.add(s);
            } else if (!old.equals(s.hash)) {
                changed.add(s);
            }
        }
        Map<String, ListEntity> previous = loadCurrent(source,
                Stream.concat(removed.stream(), changed.stream().map(s -> s.entity.id())).toList());

        int version = current + 1;
        String warnings = issues.stream().map(ImportIssue::toString).limit(1000).collect(Collectors.joining("\n"));
        jdbc.sql("""
                INSERT INTO list_version (source, version, origin, fetched_at, checksum, entity_count, added, removed,
                                          changed, warnings, issues)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(source, version, origin, Timestamp.from(fetchedAt), checksum, incoming.size(), added.size(),
                        removed.size(), changed.size(), issues.size(), warnings)
                .update();

        List<Object[]> closing = new ArrayList<>();
        removed.forEach(id -> closing.add(new Object[] {version, id}));
        changed.forEach(s -> closing.add(new Object[] {version, s.entity.id()}));
        batch("UPDATE list_entity SET valid_to = ? WHERE entity_id = ? AND valid_to IS NULL", closing);

        List<Object[]> rows = new ArrayList<>();
        for (Stored s : added) {
            rows.add(row(source, version, s));
        }
        for (Stored s : changed) {
            rows.add(row(source, version, s));
        }
        batch("""
                INSERT INTO list_entity (source, entity_id, schema, caption, names, valid_from, content_hash, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", rows);

        List<Object[]> delta = new ArrayList<>();
        for (Stored s : added) {
            delta.add(new Object[] {source, version, s.entity.id(), "added", s.entity.caption(), "[]"});
        }
        for (String id : removed) {
            delta.add(new Object[] {source, version, id, "removed", previous.get(id).caption(), "[]"});
        }
        for (Stored s : changed) {
            List<ListDelta.FieldChange> fields = ListDelta.diff(previous.get(s.entity.id()), s.entity);
            delta.add(new Object[] {source, version, s.entity.id(), "changed", s.entity.caption(),
                    JSON.writeValueAsString(fields)});
        }
        batch("INSERT INTO list_delta (source, version, entity_id, kind, caption, fields) VALUES (?, ?, ?, ?, ?, ?::jsonb)",
                delta);

        jdbc.sql("""
                UPDATE list_source SET current_version = ?, entity_count = ?, last_refresh_at = now(), last_error = NULL
                WHERE key = ?""").params(version, incoming.size(), source).update();
        audit.record("list.import", "list_source", source, owner, "version=" + version + " entities=" + incoming.size()
                + " added=" + added.size() + " removed=" + removed.size() + " changed=" + changed.size()
                + " origin=" + origin);
        events.publishEvent(new ListVersionPublished(source, version, added.size(), removed.size(), changed.size()));
        log.info("Published {} version {}: {} entities, +{} -{} ~{}", source, version, incoming.size(), added.size(),
                removed.size(), changed.size());
        return new ImportOutcome(source, ImportOutcome.Status.PUBLISHED, version, incoming.size(), added.size(),
                removed.size(), changed.size(), issues);
    }

    private void ensureSource(String source, ListFormat format, UUID owner) {
        var existing = jdbc.sql("SELECT owner_org_id FROM list_source WHERE key = ?").param(source)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).optional();
        if (existing.isEmpty()) {
            jdbc.sql("INSERT INTO list_source (key, title, format, owner_org_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(source, SourceTitles.title(source), format.key(), owner).update();
        } else if (!Objects.equals(existing.get().orElse(null), owner)) {
            throw new ConflictException("the list '" + source + "' belongs to another owner");
        }
    }

    private Map<String, ListEntity> loadCurrent(String source, List<String> ids) {
        Map<String, ListEntity> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT entity_id, payload::text FROM list_entity WHERE source = ? AND valid_to IS NULL "
                        + "AND entity_id = ANY (?)")
                .params(source, ids.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString(1), EntityJson.read(rs.getString(2)));
                });
        return out;
    }

    private void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        for (int from = 0; from < rows.size(); from += 2000) {
            batches.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 2000)));
        }
    }

    private static Object[] row(String source, int version, Stored s) {
        return new Object[] {source, s.entity.id(), s.entity.schema().ftmName(), s.entity.caption(),
                EntityJson.names(s.entity), version, s.hash, s.json};
    }

    private static String checksum(Map<String, Stored> entities) {
        StringBuilder sb = new StringBuilder(entities.size() * 80);
        entities.values().stream().sorted(Comparator.comparing(s -> s.entity.id()))
                .forEach(s -> sb.append(s.entity.id()).append('=').append(s.hash).append('\n'));
        return EntityJson.sha256(sb.toString());
    }

    private record Stored(ListEntity entity, String json, String hash) {
    }
}
