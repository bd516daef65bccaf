package io.blackbox.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.blackbox.engine.lists.ListEntity;
import io.blackbox.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading lists: sources, versions, deltas, entities, and a simple name look-up. */
@Service
public class Lists {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    Lists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ListSource> sources() {
        return jdbc.sql("SELECT * FROM list_source ORDER BY owner_org_id NULLS FIRST, key").query(Lists::source).list();
    }

    @Transactional(readOnly = true)
    public Optional<ListSource> source(String key) {
        return jdbc.sql("SELECT * FROM list_source WHERE key = ?").param(key).query(Lists::source).optional();
    }

    @Transactional(readOnly = true)
    public List<ListVersion> versions(String source) {
        requireSource(source);
        return jdbc.sql("SELECT * FROM list_version WHERE source = ? ORDER BY version DESC")
                .param(source).query(Lists::version).list();
    }

    @Transactional(readOnly = true)
    public Optional<ListVersion> version(String source, int version) {
        return jdbc.sql("SELECT * FROM list_version WHERE source = ? AND version = ?")
                .params(source, version).query(Lists::version).optional();
    }

    /** The warnings recorded with a version, one per line (at most the first thousand). */
    @Transactional(readOnly = true)
    public List<String> issues(String source, int version) {
        String text = jdbc.sql("SELECT issues FROM list_version WHERE source = ? AND version = ?")
                .params(source, version).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("no such version"));
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /**
     * The changes a version made, in pages.
     *
     * @param kind {@code added}, {@code removed}, {@code changed}, or null for all
     */
    @Transactional(readOnly = true)
    public DeltaPage delta(String source, int version, String kind, int limit, int offset) {
        ListVersion v = version(source, version).orElseThrow(() -> new NotFoundException("no such version"));
        if (kind != null && !List.of("added", "removed", "changed").contains(kind)) {
            throw new io.blackbox.platform.InvalidInputException("kind", "kind must be added, removed or changed");
        }
        int bounded = Math.max(1, Math.min(limit, 1000));
        List<DeltaEntry> entries = jdbc.sql("""
                        SELECT entity_id, kind, caption, fields::text FROM list_delta
                        WHERE source = ? AND version = ? AND (?::text IS NULL OR kind = ?)
                        ORDER BY kind, entity_id LIMIT ? OFFSET ?""")
                .params(source, version, kind, kind, bounded, Math.max(0, offset))
                .query((rs, n) -> new DeltaEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        fields(rs.getString(4))))
                .list();
        return new DeltaPage(v, entries, bounded, Math.max(0, offset));
    }

    /** The current content of an entity, or its last content if it was removed. */
    @Transactional(readOnly = true)
    public Optional<StoredEntity> entity(String entityId) {
        return jdbc.sql("""
                        SELECT e.*, e.payload::text AS json FROM list_entity e WHERE entity_id = ?
                        ORDER BY valid_to IS NULL DESC, valid_from DESC LIMIT 1""")
                .param(entityId)
                .query((rs, n) -> new StoredEntity(EntityJson.read(rs.getString("json")), rs.getInt("valid_from"),
                        (Integer) rs.getObject("valid_to")))
                .optional();
    }

    /** Entities whose names resemble {@code query} by trigram similarity, best first: a quick look-up, not screening. */
    @Transactional(readOnly = true)
    public List<LookupHit> lookup(String query, String source, int limit) {
        if (query == null || query.strip().length() < 2) {
            throw new io.blackbox.platform.InvalidInputException("q", "the name to look up needs at least 2 characters");
        }
        if (query.length() > 500) {
            throw new io.blackbox.platform.InvalidInputException("q", "the name to look up is longer than 500 characters");
        }
        int bounded = Math.max(1, Math.min(limit, 100));
        return jdbc.sql("""
                        SELECT entity_id, source, schema, caption, word_similarity(?, names) AS score
                        FROM list_entity
                        WHERE valid_to IS NULL AND ? <% names AND (?::text IS NULL OR source = ?)
                        ORDER BY score DESC, caption LIMIT ?""")
                .params(query.strip(), query.strip(), source, source, bounded)
                .query((rs, n) -> new LookupHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDouble(5)))
                .list();
    }

    /** Streams every current entity of the lists the caller sees (for building a screening index). */
    @Transactional(readOnly = true)
    public void forEachCurrent(Consumer<ListEntity> consumer) {
        jdbc.sql("SELECT payload::text FROM list_entity WHERE valid_to IS NULL").query(rs -> {
            consumer.accept(EntityJson.read(rs.getString(1)));
        });
    }

    /** The entities of a source as they were in a given version. */
    @Transactional(readOnly = true)
    public List<ListEntity> asOf(String source, int version) {
        return jdbc.sql("""
                        SELECT payload::text FROM list_entity WHERE source = ? AND valid_from <= ?
                        AND (valid_to IS NULL OR valid_to > ?) ORDER BY entity_id""")
                .params(source, version, version)
                .query((rs, n) -> EntityJson.read(rs.getString(1))).list();
    }

    private void requireSource(String source) {
        if (source(source).isEmpty()) {
            throw new NotFoundException("no such list");
        }
    }

    private static JsonNode fields(String json) {
        return JSON.readTree(json);
    }

    private static ListSource source(ResultSet rs, int n) throws SQLException {
        var refreshed = rs.getTimestamp("last_refresh_at");
        return new ListSource(rs.getString("key"), rs.getString("title"), rs.getString("format"),
                rs.getObject("owner_org_id", UUID.class), rs.getInt("current_version"), rs.getInt("entity_count"),
                refreshed == null ? null : refreshed.toInstant(), rs.getString("last_error"));
    }

    private static ListVersion version(ResultSet rs, int n) throws SQLException {
        return new ListVersion(rs.getString("source"), rs.getInt("version"), rs.getString("origin"),
                rs.getTimestamp("fetched_at").toInstant(), rs.getTimestamp("imported_at").toInstant(),
                rs.getString("checksum"), rs.getInt("entity_count"), rs.getInt("added"), rs.getInt("removed"),
                rs.getInt("changed"), rs.getInt("warnings"));
    }

    /** One line of a delta; {@code fields} lists field, oldValue and newValue for changed entities. */
    public record DeltaEntry(String entityId, String kind, String caption, JsonNode fields) {
    }

    public record DeltaPage(ListVersion version, List<DeltaEntry> entries, int limit, int offset) {
    }

    /** An entity with the versions in which this content was current ({@code validTo} null while it is). */
    public record StoredEntity(ListEntity entity, int validFrom, Integer validTo) {
    }

    public record LookupHit(String entityId, String source, String schema, String caption, double score) {
    }
}
