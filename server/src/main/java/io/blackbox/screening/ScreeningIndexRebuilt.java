package io.blackbox.screening;

import java.util.Set;

/** The screening index now holds newer list versions; portfolios are re-screened on it. */
public record ScreeningIndexRebuilt(long generation, Set<String> sources) {
}
