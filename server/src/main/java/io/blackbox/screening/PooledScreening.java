package io.blackbox.screening;

import java.util.List;
import java.util.Map;

import io.blackbox.engine.matching.PreparedQuery;

/**
 * Another module's pool of screenable parties (the directory's suspect actors), screened beside the
 * lists by {@code POST /match/{dataset}}. Implementations answer only what the current caller may see,
 * blinded: no result may identify who contributed to it. Screening audits what it was shown (the
 * {@code screening.create} entry names the pooled ids), so implementations need not.
 */
public interface PooledScreening {

    /** The dataset name of the pool in {@code /match}; {@code default} includes it. */
    String DATASET = "directory";

    /**
     * The pooled parties resembling the query that the current caller may see, best first.
     *
     * @param query  the party's names, normalised by the list screening's matcher
     * @param limit  at most this many
     * @param cutoff the lowest score returned, 0 to 1
     */
    List<Match> match(PreparedQuery query, int limit, double cutoff);

    /**
     * Waits until the pool answers with every change announced by {@link PoolChanged} before this call
     * (a pool that indexes its parties rebuilds after changes, debounced), or until {@code max} passed.
     *
     * @return whether the pool is current
     */
    default boolean awaitCurrent(java.time.Duration max) {
        return true;
    }

    /**
     * One pooled party, shaped like a yente result.
     *
     * @param properties FtM-style string lists
     * @param features   named score components
     */
    record Match(String id, String caption, String schema, double score, Map<String, List<String>> properties,
                 Map<String, Double> features) {
    }
}
