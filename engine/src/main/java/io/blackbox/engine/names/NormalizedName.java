package io.blackbox.engine.names;

import java.util.List;
import java.util.Objects;

/**
 * A name after normalisation. The original is kept beside the Latin form so that explanations can show
 * what the user typed and matching can fall back to it.
 *
 * @param original the name as given, stripped
 * @param latin    the tokens' text joined by single spaces: the comparable Latin form
 * @param tokens   every token in order, tagged
 * @param weight   how far this reading of the name is to be trusted, in (0, 1]: 1 but for the less usual
 *                 readings of a Japanese name in Han characters (山田 read Yamata rather than Yamada), whose
 *                 scores it multiplies
 */
public record NormalizedName(String original, String latin, List<NameToken> tokens, double weight) {
    public NormalizedName {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(latin, "latin");
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("normalised name '" + original + "' has no tokens");
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight of '" + original + "' must be in (0, 1]: " + weight);
        }
    }

    /** A reading trusted fully. */
    public NormalizedName(String original, String latin, List<NameToken> tokens) {
        this(original, latin, tokens, 1);
    }

    /** Tokens that take part in alignment: everything but legal forms and honorifics. */
    public List<NameToken> nameTokens() {
        List<NameToken> parts = tokens.stream().filter(NameToken::isNamePart).toList();
        // A name made only of tagged words ("Holding Ltd" is rare, "GmbH" alone rarer) still needs
        // something to align, so fall back to every token.
        return parts.isEmpty() ? tokens : parts;
    }

    /** Canonical classes of the legal forms found, e.g. {@code [llc]}. */
    public List<String> legalForms() {
        return tokens.stream().filter(t -> t.kind() == TokenKind.LEGAL_FORM).map(NameToken::canonical).distinct().toList();
    }

    /** Honorifics found, e.g. {@code [mr, dr]}. */
    public List<String> honorifics() {
        return tokens.stream().filter(t -> t.kind() == TokenKind.HONORIFIC).map(NameToken::text).toList();
    }

    /** Number tokens, compared exactly. */
    public List<String> numbers() {
        return tokens.stream().filter(t -> t.kind() == TokenKind.NUMBER).map(NameToken::text).toList();
    }
}
