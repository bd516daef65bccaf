package io.blackbox.engine.matching;

import io.blackbox.engine.names.NameToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Token weights from how often a token occurs in restricted-party names: "Mohammed", "Ali" or "Trading"
 * say less about identity than "Rotenberg". The packaged table ({@code token-frequencies.tsv}, counted from
 * the bundled lists by the bench's TokenFrequencyTable) makes scores independent of what happens to be
 * indexed, so score-pairs and screen agree.
 */
public final class FrequencyTokenWeights implements TokenWeights {
    private static final String RESOURCE = "token-frequencies.tsv";
    private static final FrequencyTokenWeights DEFAULT = load();

    private final Map<String, Integer> counts;

    public FrequencyTokenWeights(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
    }

    /** The packaged table, or no frequencies when it is absent. */
    public static FrequencyTokenWeights getDefault() {
        return DEFAULT;
    }

    private static FrequencyTokenWeights load() {
        Map<String, Integer> counts = new HashMap<>();
        try (InputStream in = FrequencyTokenWeights.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    if (tab > 0 && !line.startsWith("#")) {
                        counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new FrequencyTokenWeights(counts);
    }

    @Override
    public double weight(NameToken token) {
        double kind = switch (token.kind()) {
            case WORD, NUMBER -> 1.0;
            case INITIAL -> 0.15; // a middle initial is dropped or added more often than not
            case PARTICLE -> 0.2;
            case LEGAL_FORM, HONORIFIC -> 0.1;
        };
        int len = token.text().length();
        double length = len <= 2 ? 0.7 : len == 3 ? 0.9 : 1.0;
        Integer c = counts.get(token.text());
        // Diminishing: a token seen 10 times weighs 0.85, 100 times 0.62, 1,000 times 0.46.
        double rarity = c == null ? 1.0 : 1.0 / (1.0 + 0.25 * Math.log1p(c / 10.0));
        // Patronymics (Vladimirovich, Nikolaevna, Mykolaiovych) are middle names that lists add and
        // queries omit; they say little about who someone is.
        double patronymic = token.kind() == io.blackbox.engine.names.TokenKind.WORD && isPatronymic(token.text()) ? 0.4 : 1.0;
        return kind * length * rarity * patronymic;
    }

    private static boolean isPatronymic(String t) {
        return t.length() >= 7 && (t.endsWith("vich") || t.endsWith("vych") || t.endsWith("vna") || t.endsWith("ovitch")
                || t.endsWith("ovics") || t.endsWith("ovitj") || t.endsWith("owitsch") || t.endsWith("owitsj")
                || t.endsWith("ovic") || t.endsWith("ivna") || t.endsWith("ichna")
                // as Arabic (فيتش, فنا), Persian (ویچ) and Hebrew (ביץ', בנה) write them, transliterated
                || t.endsWith("fytsh") || t.endsWith("wych") || t.endsWith("wbyz") || t.endsWith("wbytsh")
                || t.endsWith("wfna") || t.endsWith("yfna") || t.endsWith("wbnh"));
    }
}
