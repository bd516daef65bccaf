/**
 * Screening names against restricted-party lists: a Lucene-backed candidate index ({@link io.blackbox.engine.matching.MatchIndex}),
 * an explainable scorer ({@link io.blackbox.engine.matching.Matcher}) and the values they exchange.
 */
package io.blackbox.engine.matching;
