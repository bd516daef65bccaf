package io.blackbox.engine.matching;

import io.blackbox.engine.names.NameToken;

/**
 * How much a token counts as evidence of identity. Must be thread-safe; returns a weight in (0, 1].
 */
public interface TokenWeights {
    double weight(NameToken token);
}
