package io.blackbox.engine.matching;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a candidate scored what it did: which of its names aligned best with which query name, token by
 * token, and which other features moved the score.
 *
 * @param queryName          the query name that aligned best, as given
 * @param candidateName      the candidate's name that aligned best, as the list spells it
 * @param nameScore          the name similarity, before features
 * @param alignments         the aligned parts
 * @param unmatchedQuery     query name parts left without a partner
 * @param unmatchedCandidate candidate name parts left without a partner
 * @param features           other features and their effect
 */
public record Explanation(String queryName, String candidateName, double nameScore, List<TokenAlignment> alignments,
                          List<String> unmatchedQuery, List<String> unmatchedCandidate,
                          List<FeatureContribution> features) {
    public Explanation {
        alignments = List.copyOf(alignments);
        unmatchedQuery = List.copyOf(unmatchedQuery);
        unmatchedCandidate = List.copyOf(unmatchedCandidate);
        features = List.copyOf(features);
    }

    /** One line for logs and CLI output. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append('"').append(queryName).append("\" vs \"").append(candidateName).append("\": name ")
                .append(String.format(Locale.ROOT, "%.2f", nameScore)).append(" [")
                .append(alignments.stream().map(TokenAlignment::toString).collect(Collectors.joining("; "))).append(']');
        if (!unmatchedQuery.isEmpty()) {
            sb.append(" unmatched query ").append(unmatchedQuery);
        }
        if (!unmatchedCandidate.isEmpty()) {
            sb.append(" unmatched candidate ").append(unmatchedCandidate);
        }
        for (FeatureContribution f : features) {
            sb.append("; ").append(f);
        }
        return sb.toString();
    }
}
