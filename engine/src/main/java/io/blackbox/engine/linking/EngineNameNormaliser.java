package io.blackbox.engine.linking;

import io.blackbox.engine.names.NameNormalizer;
import io.blackbox.engine.names.NameToken;

/**
 * Adapts the shared {@link NameNormalizer} of {@code io.blackbox.engine.names} (ICU transliteration,
 * legal forms, honorifics) to the linker: its name tokens joined by spaces, then the linker's own list
 * of spelled-out legal-form words ("joint stock company", "obshchestvo s ogranichennoi
 * otvetstvennostyu") removed, since fronts swap those freely between inquiries. Thread-safe.
 */
public final class EngineNameNormaliser implements NameNormaliser {

    private final NameNormalizer names;
    private final BasicNameNormaliser legalForms = new BasicNameNormaliser(true);

    public EngineNameNormaliser(NameNormalizer names) {
        if (names == null) {
            throw new IllegalArgumentException("names normaliser is required");
        }
        this.names = names;
    }

    @Override
    public String normalise(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > NameNormalizer.MAX_LENGTH) {
            return raw == null || raw.isBlank() ? "" : legalForms.normalise(raw);
        }
        StringBuilder b = new StringBuilder();
        try {
            for (NameToken t : names.normalize(raw).nameTokens()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(t.text());
            }
        } catch (IllegalArgumentException noLettersOrDigits) {
            return "";
        }
        // the shared tokens are ASCII already; this drops the spelled-out forms and filler words
        return legalForms.normalise(b.toString());
    }
}
