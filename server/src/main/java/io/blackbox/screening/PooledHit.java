package io.blackbox.screening;

import java.util.List;
import java.util.Map;

/**
 * A pooled party (a suspect actor of the directory) that resembles the screened party, blinded: counts,
 * days and codes, never who reported it.
 *
 * @param source     always {@value PooledScreening#DATASET}, to tell it from list hits
 * @param summary    one line, e.g. "3 independent members reported this actor since 2025-03; red flags BIS-02"
 * @param properties FtM-style string lists (name, country, independentReporters, redFlags, firstSeen, ...)
 * @param features   named score components
 */
public record PooledHit(String entityId, String caption, String schema, String source, double score, String band,
                        String summary, Map<String, List<String>> properties, Map<String, Double> features) {

    static PooledHit of(PooledScreening.Match m, String band) {
        List<String> notes = m.properties().getOrDefault("notes", List.of());
        return new PooledHit(m.id(), m.caption(), m.schema(), PooledScreening.DATASET, m.score(), band,
                notes.isEmpty() ? "" : notes.getFirst(), m.properties(), m.features());
    }
}
