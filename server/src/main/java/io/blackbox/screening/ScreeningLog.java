package io.blackbox.screening;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores screenings and their audit entries in batches, off the request thread. Every screening is
 * written to the database and the hash-chained audit trail, but one transaction and one audit lock
 * serve up to {@value #BATCH} screenings (those that arrive within {@link #LINGER} of the first), so that
 * thousands of screenings a second do not queue on the audit chain. A screening being written is served
 * from memory. The queue is bounded: when the database falls behind, requests wait rather than memory
 * growing. On shutdown the queue is written out.
 */
@Component
class ScreeningLog implements SmartLifecycle {

    static final int BATCH = 500;
    /** How long a batch waits for more screenings after its first; a screening is stored at most this much later. */
    static final java.time.Duration LINGER = java.time.Duration.ofMillis(20);
    private static final Logger log = LoggerFactory.getLogger(ScreeningLog.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(20_000);
    private final ConcurrentHashMap<UUID, Pending> inFlight = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private volatile boolean running;
    private Thread writer;

    ScreeningLog(JdbcTemplate jdbc, TransactionTemplate tx, AuditTrail audit) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
    }

    /** Queues a screening for storage; the caller and request address are captured now. */
    void submit(UUID orgId, String actorLabel, String counterpartyKey, ScreeningResult result, Hit top) {
        AuditTrail.Event event = AuditTrail.event("screening.create", "screening", result.id().toString(), orgId,
                "hits=" + result.hits().size() + " suppressed=" + result.suppressed().size()
                        + (top == null ? "" : " top=" + top.band())
                        + (result.directory().isEmpty() ? "" : " directory=" + String.join(",",
                        result.directory().stream().map(PooledHit::entityId).toList())));
        Pending p = new Pending(orgId, actorLabel, counterpartyKey, result, top, event);
        inFlight.put(result.id(), p);
        try {
            queue.put(p);
        } catch (InterruptedException e) {
            inFlight.remove(result.id());
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a screening", e);
        }
    }

    /** A screening of the given organisation that is queued but not yet written. */
    Optional<ScreeningResult> pending(UUID id, UUID orgId) {
        Pending p = inFlight.get(id);
        return p != null && p.orgId.equals(orgId) ? Optional.of(p.result) : Optional.empty();
    }

    /** Waits until a queued screening is in the database (for work that refers to its row). */
    void awaitWritten(UUID id) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (inFlight.containsKey(id)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("screening " + id + " is not stored after 30 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a screening to be stored", e);
            }
        }
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Could not store {} screenings; retrying", batch.size(), e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                continue;
            }
            batch.forEach(p -> inFlight.remove(p.result.id()));
            batch.clear();
        }
    }

    /**
     * Adds what arrives within {@link #LINGER} of the first screening, up to {@value #BATCH} in all. Without the
     * wait, a writer that keeps up takes the queue one or two screenings at a time, and each batch's fixed cost
     * (its transaction, the audit lock and chain head, the commit's flush) is paid that often. The writer sleeps
     * rather than waiting on the queue, so that a request queueing a screening does not wake it each time.
     */
    private void gather(List<Pending> batch) throws InterruptedException {
        if (running) {
            Thread.sleep(LINGER);
        }
        queue.drainTo(batch, BATCH - batch.size());
    }

    private void write(List<Pending> batch) {
        List<Object[]> rows = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            ScreeningResult r = p.result;
            rows.add(new Object[] {r.id(), p.orgId, p.actorLabel, Timestamp.from(r.screenedAt()), p.key, r.reference(),
                    JSON.writeValueAsString(r.party()), r.hits().size(), p.top == null ? null : p.top.score(),
                    p.top == null ? null : p.top.band(), JSON.writeValueAsString(r)});
        }
        Callers.runAsSystem("screening-log", () -> tx.executeWithoutResult(s -> {
            jdbc.batchUpdate("""
                    INSERT INTO screening (id, org_id, actor_label, at, counterparty_key, reference, query, hit_count,
                                           top_score, top_band, result)
                    VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING""", rows);
            audit.recordAll(batch.stream().map(p -> p.event).toList());
        }));
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().daemon().name("screening-log").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        if (writer != null) {
            try {
                writer.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops later phases first), so that no screening is accepted unwritten. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private record Pending(UUID orgId, String actorLabel, String key, ScreeningResult result, Hit top,
                           AuditTrail.Event event) {
    }
}
