package io.blackbox.lists;

/** A new version of a list became current. Screening rebuilds its index and re-screens portfolios on it. */
public record ListVersionPublished(String source, int version, int added, int removed, int changed) {
}
