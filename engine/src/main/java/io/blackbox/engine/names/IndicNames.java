package io.blackbox.engine.names;

/**
 * Names in the Indic scripts spelled as their Latin spellings are, rather than as ICU's scholarly ISO 15919
 * transliteration writes them.
 *
 * <ul>
 *   <li>Hindi, Nepali, Bengali, Punjabi and Gujarati do not say the inherent vowel of a word's last
 *   consonant unless it ends a cluster: राहुल is Rahul, not "rahula"; नरेन्द्र stays Narendra.</li>
 *   <li>ISO 15919 writes च as c and छ as ch, श and ष as ś and ṣ, ऋ as r̥; names write ch, chh, sh and ri
 *   (Chandrakant, Shah, Lakshmi, Krishna).</li>
 *   <li>Gurmukhi's tippi ੰ is a nasal like the bindi, which the transliterator drops (ਭਗਵੰਤ, Bhagwant).</li>
 * </ul>
 */
final class IndicNames {

    private IndicNames() {
    }

    /**
     * The word with a virama after its last consonant when that consonant carries the unspoken inherent
     * vowel: in Devanagari, Bengali, Gurmukhi and Gujarati, a word of two letters or more ending in a
     * consonant that is not the last of a cluster. Other words are returned as they are.
     */
    static String withoutFinalInherentVowel(String word) {
        String w = word.indexOf('\u0A70') >= 0 ? word.replace('\u0A70', '\u0A02') : word;
        int end = w.length();
        if (end < 2) {
            return w;
        }
        int base = block(w.charAt(end - 1));
        if (base < 0) {
            return w;
        }
        int last = end - 1;
        if (w.charAt(last) == base + 0x3C && last > 0) { // a nukta after the consonant
            last--;
        }
        if (last < 1 || !isConsonant(w.charAt(last), base) || w.charAt(last - 1) == base + 0x4D) {
            return w;
        }
        return w + (char) (base + 0x4D);
    }

    /** The start of the character's block among the four scripts that drop a final vowel, or -1. */
    private static int block(char c) {
        return c >= '\u0900' && c <= '\u0AFF' ? c & 0xFF80 : -1;
    }

    private static boolean isConsonant(char c, int base) {
        int o = c - base;
        return o >= 0x15 && o <= 0x39 || o >= 0x58 && o <= 0x5F;
    }

    /** ICU's ISO 15919 Latin of an Indic word with the letters names spell otherwise replaced. */
    static String asNamesSpellIt(String latin) {
        StringBuilder sb = new StringBuilder(latin.length() + 4);
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            char next = i + 1 < latin.length() ? latin.charAt(i + 1) : 0;
            switch (c) {
                case 'c' -> {
                    if (next == 'h') {
                        sb.append("chh"); // छ
                        i++;
                    } else {
                        sb.append("ch"); // च
                    }
                }
                case '\u015B', '\u1E63' -> sb.append("sh"); // ś ṣ
                case 'r', 'l' -> {
                    sb.append(c);
                    if (next == '\u0325') { // r̥ l̥, the vowels ऋ ऌ
                        sb.append('i');
                        i++;
                    }
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
