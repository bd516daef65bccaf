package io.blackbox.directory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.blackbox.platform.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Something read from the directory's tables as the system and kept in memory, valid for the count of
 * directory changes read before it was read ({@link DirectoryLinking#changes()}); asked for another count,
 * it answers null (not known: the caller must do without it) and reads itself again in the background.
 * What it holds decides nothing about visibility: it only spares a question that would otherwise go to the
 * database through the caller's row policies.
 */
final class PoolSnapshot<T> {

    private static final Logger log = LoggerFactory.getLogger(PoolSnapshot.class);

    private record Snapshot<T>(T value, long changes) {
    }

    private final String name;
    private final String withoutIt;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final LongSupplier changes;
    private final Function<JdbcClient, T> reader;
    private volatile Snapshot<T> current = new Snapshot<>(null, Long.MIN_VALUE);
    private final AtomicBoolean reading = new AtomicBoolean();

    /**
     * @param name      the reading thread's name and the system caller's label
     * @param withoutIt what the directory does while the snapshot is not known, for the log when a read fails
     * @param reader    reads the value inside a transaction as the system; must not answer null
     */
    PoolSnapshot(String name, String withoutIt, JdbcClient jdbc, TransactionTemplate tx, LongSupplier changes,
                 Function<JdbcClient, T> reader) {
        this.name = name;
        this.withoutIt = withoutIt;
        this.jdbc = jdbc;
        this.tx = tx;
        this.changes = changes;
        this.reader = reader;
    }

    /**
     * The value as read when the directory had seen {@code changes} changes, or null when it has not been
     * read for that count yet (reading it starts in the background).
     */
    T at(long changes) {
        Snapshot<T> s = current;
        if (s.changes() == changes) {
            return s.value();
        }
        if (reading.compareAndSet(false, true)) {
            Thread.ofVirtual().name(name).start(this::read);
        }
        return null;
    }

    /** Waits until the value is known for the current count of changes; for tests. */
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
            // counted before the read: a change committed during it makes the value stale, never wrongly current
            long at = changes.getAsLong();
            T value = Callers.runAsSystem(name, () -> tx.execute(s -> reader.apply(jdbc)));
            if (value == null) {
                throw new IllegalStateException(name + " read nothing");
            }
            if (at > current.changes()) {
                current = new Snapshot<>(value, at);
            }
        } catch (RuntimeException e) {
            log.warn("Could not read {}; {} meanwhile", name, withoutIt, e);
        } finally {
            reading.set(false);
        }
    }
}
