package io.blackbox.directory;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import io.blackbox.platform.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The values that some report whose names match a restricted-party list quotes ({@code directory_key} rows
 * marked {@code listed}), read as the system. About 3 % of the pool's values at 1,000,000 reports: the risk's
 * network factor asks the database, through the caller's row policies, only about values in this set, and
 * skips the others, which no listed report quotes for anybody. The set decides nothing about visibility: it
 * holds every such value, including those of reports the caller may not see, and only spares the question
 * for the rest.
 * <p>
 * A set is valid for the count of directory changes read before it was read ({@link DirectoryLinking#changes()});
 * asked for another count, it answers null (ask about every value) and reads itself again in the background.
 */
final class ListedValues {

    private static final Logger log = LoggerFactory.getLogger(ListedValues.class);

    private record Snapshot(Set<String> values, long changes) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final LongSupplier changes;
    private volatile Snapshot current = new Snapshot(Set.of(), Long.MIN_VALUE);
    private final AtomicBoolean reading = new AtomicBoolean();

    ListedValues(JdbcClient jdbc, TransactionTemplate tx, LongSupplier changes) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.changes = changes;
    }

    /**
     * The values some listed report quoted when the directory had seen {@code changes} changes, or null when
     * that set has not been read yet (reading it starts in the background).
     */
    Set<String> at(long changes) {
        Snapshot s = current;
        if (s.changes() == changes) {
            return s.values();
        }
        if (reading.compareAndSet(false, true)) {
            Thread.ofVirtual().name("directory-listed-values").start(this::read);
        }
        return null;
    }

    /** Waits until the set is known for the current count of changes; for tests. */
    boolean awaitCurrent(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (at(changes.getAsLong()) == null) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private void read() {
        try {
            // counted before the read: a change committed during it makes the set stale, never wrongly current
            long at = changes.getAsLong();
            Set<String> values = Callers.runAsSystem("directory-listed-values", () -> tx.execute(s -> {
                Set<String> out = new HashSet<>();
                jdbc.sql("SELECT DISTINCT key FROM directory_key WHERE listed").query(rs -> {
                    out.add(rs.getString(1));
                });
                return out;
            }));
            if (at > current.changes()) {
                current = new Snapshot(Set.copyOf(values), at);
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the values listed reports quote; the risk's network factor asks about all", e);
        } finally {
            reading.set(false);
        }
    }
}
