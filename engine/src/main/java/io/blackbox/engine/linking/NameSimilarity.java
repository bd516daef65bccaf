package io.blackbox.engine.linking;

/** Similarity of two normalised names, 0.0 (unrelated) to 1.0 (same); must be symmetric and thread-safe. */
@FunctionalInterface
public interface NameSimilarity {

    double similarity(String a, String b);
}
