package io.blackbox.engine.linking;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.Set;

/**
 * The linker's own normaliser until the shared one in {@code io.blackbox.engine.names} lands:
 * transliterates any script to ASCII, lower-cases, turns punctuation into spaces and drops legal forms
 * ("LLC", "FZE", "GmbH") because fronts change them freely between inquiries. Thread-safe.
 */
public final class BasicNameNormaliser implements NameNormaliser {

    /** Legal forms and filler words; dropped unless nothing else is left. */
    static final Set<String> LEGAL_FORMS = Set.of(
            "ltd", "limited", "llc", "l", "co", "company", "corp", "corporation", "inc", "incorporated",
            "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "plc", "lp", "llp", "pte", "pvt",
            "pty", "fze", "fzco", "fzc", "fzllc", "dmcc", "est", "establishment", "oy", "ab", "as", "kg",
            "ooo", "zao", "oao", "pao", "ao", "jsc", "cjsc", "ojsc", "tov", "sp", "zoo", "kft", "doo",
            "the", "and", "of", "group", "holding", "holdings", "jv", "sdn", "bhd", "tic", "ltda", "cia",
            "gie", "kk", "yk", "sl", "se", "aps", "private", "public",
            // the words of spelled-out legal forms, in English and transliterated Russian, Turkish, Persian
            "joint", "stock", "liability", "closed", "open", "aktsionernoe", "obshchestvo", "obshchestvom",
            "otkrytoe", "zakrytoe", "publichnoe", "ogranichennoi", "otvetstvennostyu", "tovarystvo", "sirketi",
            "sirket", "anonim", "sociedad", "anonima", "societe", "anonyme", "sherkat", "sahami", "khass");

    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private final boolean dropLegalForms;

    /** @param dropLegalForms whether legal forms and filler words are removed (organisations: yes) */
    public BasicNameNormaliser(boolean dropLegalForms) {
        this.dropLegalForms = dropLegalForms;
    }

    @Override
    public String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String folded = fold(raw);
        if (folded.isEmpty() || !dropLegalForms) {
            return folded;
        }
        StringBuilder kept = new StringBuilder(folded.length());
        for (String token : folded.split(" ")) {
            if (!LEGAL_FORMS.contains(token)) {
                if (!kept.isEmpty()) {
                    kept.append(' ');
                }
                kept.append(token);
            }
        }
        return kept.isEmpty() ? folded : kept.toString();
    }

    /** ASCII, lower case, letters and digits separated by single spaces. */
    static String fold(String raw) {
        String s = raw;
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
            // ICU is slow, so only pay for it when the text needs it
            s = TO_ASCII.get().transliterate(s);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '`' || c == '.') {
                continue; // "O'Neil", "S.A." and "Co." keep their letters together
            }
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
