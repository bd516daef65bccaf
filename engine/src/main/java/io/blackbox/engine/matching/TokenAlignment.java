package io.blackbox.engine.matching;

/**
 * Name parts of the query and the candidate that were paired, and why.
 *
 * @param queryPart     the query token(s), space-separated when several were joined
 * @param candidatePart the candidate token(s)
 * @param similarity    0 to 1
 * @param method        how they were compared: exact, nickname, initial, transliteration, phonetic, fuzzy,
 *                      number
 */
public record TokenAlignment(String queryPart, String candidatePart, double similarity, String method) {
    @Override
    public String toString() {
        return queryPart + " ~ " + candidatePart + " (" + method + " " + String.format(java.util.Locale.ROOT, "%.2f", similarity) + ")";
    }
}
