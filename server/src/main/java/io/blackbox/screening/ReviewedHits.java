package io.blackbox.screening;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.blackbox.platform.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The members' reviews of hits, cached per organisation for a few seconds so that a screening needs no
 * database round trip unless one of its hits was reviewed. A review made on this node is seen at once;
 * one made on another node within {@link #TTL}.
 */
@Component
class ReviewedHits {

    static final Duration TTL = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final ConcurrentHashMap<UUID, Snapshot> cache = new ConcurrentHashMap<>();

    ReviewedHits(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The caller's latest decision for each of these entities on this counterparty, with whether it still
     * applies. Opens a transaction only when the cache is stale or one of the entities was reviewed: most
     * screenings need no database round trip here.
     */
    public Map<String, Decision> applicable(Caller caller, String counterpartyKey, List<String> entityIds) {
        Snapshot s = cache.get(caller.orgId());
        if (s == null || System.nanoTime() - s.loadedAt > TTL.toNanos()) {
            // runs as the current caller, whose row-level security limits the decisions to its organisation
            s = readOnly.execute(status -> load());
            cache.put(caller.orgId(), s);
        }
        Map<String, String[]> byEntity = s.decisions.getOrDefault(counterpartyKey, Map.of());
        Map<String, Decision> out = new HashMap<>();
        List<String> reviewed = entityIds.stream().filter(byEntity::containsKey).toList();
        if (reviewed.isEmpty()) {
            return out;
        }
        Map<String, String> hashes = readOnly.execute(status -> currentHashes(reviewed));
        for (String id : reviewed) {
            String[] d = byEntity.get(id);
            out.put(id, new Decision(d[0], d[1].equals(hashes.get(id))));
        }
        return out;
    }

    /**
     * Forgets the organisation's decisions now and again when the current transaction ends, so that a
     * screening that reloads them before a new decision commits cannot keep the old ones for the TTL.
     */
    void invalidate(UUID orgId) {
        cache.remove(orgId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(orgId);
                }
            });
        }
    }

    /** The current content hash of list entities; a removed entity has none. */
    @Transactional(readOnly = true)
    public Map<String, String> currentHashes(List<String> entityIds) {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("SELECT entity_id, content_hash FROM list_entity WHERE valid_to IS NULL AND entity_id = ANY (?)")
                .param(entityIds.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    private Snapshot load() {
        Map<String, Map<String, String[]>> decisions = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (counterparty_key, entity_id) counterparty_key, entity_id, decision, entity_hash
                        FROM hit_decision ORDER BY counterparty_key, entity_id, id DESC""")
                .query(rs -> {
                    decisions.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), new String[] {rs.getString(3), rs.getString(4)});
                });
        return new Snapshot(System.nanoTime(), decisions);
    }

    /** A decision, and whether the list entity is unchanged since it was made. */
    record Decision(String decision, boolean stillApplies) {
    }

    private record Snapshot(long loadedAt, Map<String, Map<String, String[]>> decisions) {
    }
}
