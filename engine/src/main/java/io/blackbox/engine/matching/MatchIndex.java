package io.blackbox.engine.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * A screenable set of records: finds candidates for a query and scores them. Implementations must be
 * thread-safe for concurrent {@link #search} calls. The only implementation keeps Apache Lucene behind
 * this interface.
 */
public interface MatchIndex extends AutoCloseable {

    /** Candidates retrieved per query before rescoring; more costs time, fewer costs recall. */
    int DEFAULT_CANDIDATES = 30;

    /**
     * The best-scoring records for a query, best first, at most {@code limit}.
     *
     * @throws IllegalArgumentException when no name of the query can be normalised and it has no
     *                                  identifier, or limit is not positive
     */
    default List<MatchResult> search(Query query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit + " is not positive");
        }
        return search(matcher().prepare(query), limit);
    }

    /**
     * The best-scoring records for a query normalised before by this index's matcher (or one normalising
     * the same way), best first, at most {@code limit}.
     *
     * @throws IllegalArgumentException when limit is not positive
     */
    List<MatchResult> search(PreparedQuery query, int limit);

    /** Records indexed. */
    int size();

    /**
     * Names indexed: of every record, each spelling the normaliser gives of each of its names that could be
     * normalised (a Cyrillic name counts its transliterations, Lukašenka its two spellings).
     */
    long nameCount();

    /** The matcher used to score, with its thresholds. */
    Matcher matcher();

    @Override
    void close();

    /** Builds an in-memory index with the default matcher. */
    static MatchIndex build(Collection<MatchRecord> records) {
        return build(records, new Matcher(), null);
    }

    /**
     * Builds an index.
     *
     * @param records   what to index; ids should be unique
     * @param matcher   the scorer
     * @param directory a folder for a memory-mapped index, or null to keep it on the heap
     */
    static MatchIndex build(Collection<MatchRecord> records, Matcher matcher, Path directory) {
        return build(records, matcher, directory, DEFAULT_CANDIDATES);
    }

    /**
     * Builds an index that retrieves {@code candidates} names per query before rescoring (see
     * {@link #DEFAULT_CANDIDATES}).
     *
     * @throws IllegalArgumentException when candidates is not positive
     */
    static MatchIndex build(Collection<MatchRecord> records, Matcher matcher, Path directory, int candidates) {
        return build(records, matcher, directory, candidates, 0);
    }

    /**
     * Builds an index that retrieves {@code candidates} names per query, among those whose retrieval score
     * is at least {@code floor} times the best a name could score for that query (one holding every term
     * of it). A floor spares the search from filling its candidates with names that share only a common
     * word with the query, which in a large index of similar names is most of its work.
     *
     * @param floor 0 (none) up to but excluding 1
     * @throws IllegalArgumentException when candidates is not positive or floor is out of range
     */
    static MatchIndex build(Collection<MatchRecord> records, Matcher matcher, Path directory, int candidates,
                            double floor) {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates " + candidates + " is not positive");
        }
        try {
            return LuceneMatchIndex.build(records, matcher, directory, candidates, floor);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot build the match index", e);
        }
    }
}
