package io.blackbox.engine.names;

/** What a token of a normalised name is; the scorer weighs each kind differently. */
public enum TokenKind {
    /** An ordinary name word. */
    WORD,
    /** A token holding a digit: compared exactly, a mismatch is a conflict ("Sea Pony 1" vs "Sea Pony 2"). */
    NUMBER,
    /** A single letter standing for a name ("J. Smith"). */
    INITIAL,
    /** A connective or name particle (al, bin, van, de, and, of): kept, but weighs little. */
    PARTICLE,
    /** A legal form (LLC, GmbH, OOO): tagged with its class and compared apart from the name words. */
    LEGAL_FORM,
    /** A title or honorific (Mr, Dr, Sheikh): tagged, never evidence of identity. */
    HONORIFIC
}
