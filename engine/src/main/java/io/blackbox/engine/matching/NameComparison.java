package io.blackbox.engine.matching;

import java.util.List;

/**
 * The result of comparing two normalised names.
 *
 * @param score              0 to 1, order-independent token alignment weighted by rarity
 * @param alignments         the aligned parts
 * @param unmatchedQuery     query parts without a partner
 * @param unmatchedCandidate candidate parts without a partner
 * @param legalFormConflict  0 (none), 0.5 (same family) or 1 (different families)
 * @param numberConflict     both names hold numbers and some differ
 * @param singleTokenEvidence only one informative token aligned while a side has more
 * @param syllableNameLeftOver a name read from Han or Hangul is on one side, and a word of either side
 *                           found no partner: Chinese and Korean names have no middle names to drop, so
 *                           a left-over word makes another name
 * @param soundsAlikeOnly two or more pairs aligned, every one only by its Double Metaphone code (Dean Brown
 *                        and Don Berna): each word could be another name that sounds alike
 * @param surnameLeftOver a name written "SURNAME, Given" whose surname found no partner while another word
 *                        did (Christopher Vincent and KINAHAN, Christopher Vincent)
 */
public record NameComparison(double score, List<TokenAlignment> alignments, List<String> unmatchedQuery,
                             List<String> unmatchedCandidate, double legalFormConflict, boolean numberConflict,
                             boolean singleTokenEvidence, boolean syllableNameLeftOver,
                             boolean soundsAlikeOnly, boolean surnameLeftOver) {
}
