package io.blackbox.engine.matching;

import org.apache.lucene.document.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Records prepared for the index (normalised, compared-ready, turned into Lucene documents) on every core,
 * a chunk at a time, and handed to one consumer in input order. Preparing stays at most a few chunks ahead
 * of the consumer, so the documents waiting never hold more than a few thousand records; a consumer whose
 * next chunk is not ready yet prepares a later one itself instead of waiting.
 */
final class PreparedChunks implements AutoCloseable {
    /** Records per chunk: large enough that handing over costs nothing, small enough to keep all cores busy. */
    static final int CHUNK = 256;

    /** One record: its place in the input, its prepared form and the documents of its names. */
    record Entry(int record, PreparedRecord prepared, List<Document> documents) {
    }

    /** The number of chunks. */
    final int count;
    private final List<MatchRecord> records;
    private final Matcher matcher;
    private final int window;
    private final List<Entry>[] ready;
    private final List<Thread> workers = new ArrayList<>();
    private final Object lock = new Object();
    /** Guarded by lock: the next chunk to prepare, the chunks handed out, a worker's failure, closed. */
    private int next;
    private int taken;
    private RuntimeException failure;
    private boolean closed;

    @SuppressWarnings("unchecked")
    PreparedChunks(List<MatchRecord> records, Matcher matcher) {
        this.records = records;
        this.matcher = matcher;
        this.count = (records.size() + CHUNK - 1) / CHUNK;
        this.ready = new List[count];
        int threads = Runtime.getRuntime().availableProcessors();
        this.window = 4 * threads;
        // the consumer is the other preparer
        for (int t = 0; t < Math.min(threads - 1, count - 1); t++) {
            workers.add(Thread.ofPlatform().daemon().name("match-index-prepare-" + t).start(this::work));
        }
    }

    /** Chunk {@code c}'s entries in input order, once prepared; chunks must be taken in order. */
    List<Entry> take(int c) {
        while (true) {
            synchronized (lock) {
                if (failure != null) {
                    throw failure;
                }
                if (ready[c] != null) {
                    List<Entry> entries = ready[c];
                    ready[c] = null;
                    taken = c + 1;
                    lock.notifyAll();
                    return entries;
                }
            }
            int mine = claim(false);
            if (mine >= 0) {
                publish(mine, prepare(mine));
                continue;
            }
            synchronized (lock) {
                while (ready[c] == null && failure == null) {
                    waitOnLock();
                }
            }
        }
    }

    private void work() {
        int c;
        while ((c = claim(true)) >= 0) {
            try {
                publish(c, prepare(c));
            } catch (RuntimeException | Error e) {
                synchronized (lock) {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException("preparing records failed", e);
                    lock.notifyAll();
                }
                return;
            }
        }
    }

    /** The next chunk to prepare, or -1 when none is left, preparing stopped, or (without waiting) it is too far ahead. */
    private int claim(boolean wait) {
        synchronized (lock) {
            while (true) {
                if (closed || failure != null || next >= count) {
                    return -1;
                }
                if (next < taken + window) {
                    return next++;
                }
                if (!wait) {
                    return -1;
                }
                waitOnLock();
            }
        }
    }

    private void waitOnLock() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the index", e);
        }
    }

    private void publish(int c, List<Entry> entries) {
        synchronized (lock) {
            ready[c] = entries;
            lock.notifyAll();
        }
    }

    private List<Entry> prepare(int c) {
        int from = c * CHUNK;
        int to = Math.min(records.size(), from + CHUNK);
        List<Entry> entries = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            PreparedRecord r = matcher.prepare(records.get(i));
            List<Document> docs = new ArrayList<>(Math.max(1, r.names().size()));
            for (int j = 0; j < r.names().size(); j++) {
                docs.add(LuceneMatchIndex.document(i, j, r.names().get(j), j == 0 ? r.identifiers() : Set.of()));
            }
            if (r.names().isEmpty() && !r.identifiers().isEmpty()) {
                docs.add(LuceneMatchIndex.document(i, -1, null, r.identifiers()));
            }
            entries.add(new Entry(i, r, docs));
        }
        return entries;
    }

    /** Stops the workers (they finish the chunk in hand) and waits for them. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        boolean interrupted = false;
        for (Thread w : workers) {
            while (true) {
                try {
                    w.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
