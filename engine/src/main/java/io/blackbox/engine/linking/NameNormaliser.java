package io.blackbox.engine.linking;

/** Turns a raw name into a comparable form; returns "" when nothing usable is left; must be thread-safe. */
@FunctionalInterface
public interface NameNormaliser {

    String normalise(String raw);
}
