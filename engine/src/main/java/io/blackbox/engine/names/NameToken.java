package io.blackbox.engine.names;

import java.util.Objects;

/**
 * One token of a normalised name.
 *
 * @param text      the token in lower-case ASCII Latin
 * @param kind      what the token is
 * @param canonical for a legal form its class (e.g. {@code llc} for "L.L.C." and "OOO"), else the text
 * @param abjad     true when the token was transliterated from a script that does not write every vowel
 *                  (Arabic, Hebrew, Syriac, Thaana, Thai, Lao): such tokens are compared by consonant skeleton
 * @param skeleton  consonant skeleton used to compare across vowel-less transliterations
 * @param phonetic  Double Metaphone primary code, or empty for numbers
 * @param phoneticAlternate Double Metaphone alternate code, or empty
 * @param syllabic  true when the token was read from Han characters: its spelling is a standard reading
 *                  syllable by syllable, so another spelling is another character, not a variant
 * @param hangul    true when the token was read from Hangul: a Korean name's syllables, spelled by one
 *                  romanisation, so that two Hangul names spelled apart are written apart
 * @param transcribed true when the token was read from Japanese kana, or is a foreign name spelt out in
 *                  Hangul (not read as a Korean name; then {@code hangul} is false): scripts that write a foreign
 *                  name syllable by syllable with a vowel after most consonants (Carmelo is カルメロ,
 *                  "karumero"), compared with a Latin spelling by {@link Transcription}
 */
public record NameToken(String text, TokenKind kind, String canonical, boolean abjad, String skeleton,
                        String phonetic, String phoneticAlternate, boolean syllabic, boolean hangul, boolean transcribed) {
    public NameToken {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("token text is empty");
        }
        canonical = canonical == null ? text : canonical;
        skeleton = skeleton == null ? "" : skeleton;
        phonetic = phonetic == null ? "" : phonetic;
        phoneticAlternate = phoneticAlternate == null ? "" : phoneticAlternate;
    }

    public NameToken(String text, TokenKind kind, String canonical, boolean abjad, String skeleton, String phonetic,
                     String phoneticAlternate) {
        this(text, kind, canonical, abjad, skeleton, phonetic, phoneticAlternate, false, false, false);
    }

    /** True when the token was read from Han or Hangul, syllable by syllable, rather than spelled. */
    public boolean readFromSyllables() {
        return syllabic || hangul;
    }

    /** True for tokens that take part in name alignment (words, numbers, initials, particles). */
    public boolean isNamePart() {
        return kind != TokenKind.LEGAL_FORM && kind != TokenKind.HONORIFIC;
    }

    @Override
    public String toString() {
        return kind == TokenKind.WORD ? text : text + "/" + kind;
    }
}
