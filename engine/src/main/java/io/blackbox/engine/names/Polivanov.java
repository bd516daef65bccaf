package io.blackbox.engine.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Japanese names written in Cyrillic letters by the Polivanov system, as Russian writes them (Синдзо Абэ,
 * Shinzo Abe; Судзуки Итиро, Suzuki Ichiro), read back as Hepburn, as lists spell them. Letter by letter they
 * come out as "sindzo abe" and "sudzuki itiro".
 *
 * <p>The table is the system's syllables: the vowels а и у э о (е taken for э), я ю ё, the consonant rows
 * к с т н х м р г д б п with their vowels (си shi, ти chi, цу tsu, фу fu, дзи and дзу ji and zu), the
 * palatal ones (ся sha, тя cha, дзя ja, кя kya …), ва wa, the moraic н and a й after a vowel (Сайто, Saito);
 * a consonant written twice is doubled (Хаттори, Hattori). A word is read when the whole of it is a
 * sequence of them; a name is read only when a word holds what the letter-by-letter reading gets wrong
 * (дз, си, ти, цу, ся, тя …).
 */
final class Polivanov {
    private static final Map<String, String> SYLLABLES = syllables();
    /** Cyrillic spellings whose letter-by-letter reading differs from Hepburn: without one, BGN reads the name. */
    private static final String[] MARKERS = {"дз", "си", "ти", "цу", "ся", "сю", "сё", "тя", "тю", "тё", "сэ",
            "тэ", "кэ", "нэ", "хэ", "мэ", "рэ", "гэ", "дэ", "бэ", "пэ", "фу", "ё"};

    private Polivanov() {
    }

    private static Map<String, String> syllables() {
        Map<String, String> m = new HashMap<>();
        String[] vowels = {"а", "и", "у", "э", "о"};
        String[] latinVowels = {"a", "i", "u", "e", "o"};
        for (int v = 0; v < 5; v++) {
            m.put(vowels[v], latinVowels[v]);
        }
        m.put("я", "ya");
        m.put("ю", "yu");
        m.put("ё", "yo");
        String[][] rows = {{"к", "k"}, {"с", "s"}, {"т", "t"}, {"н", "n"}, {"х", "h"}, {"м", "m"}, {"р", "r"},
                {"г", "g"}, {"дз", "z"}, {"д", "d"}, {"б", "b"}, {"п", "p"}};
        for (String[] row : rows) {
            for (int v = 0; v < 5; v++) {
                m.put(row[0] + vowels[v], row[1] + latinVowels[v]);
            }
            m.put(row[0] + "я", row[1] + "ya");
            m.put(row[0] + "ю", row[1] + "yu");
            m.put(row[0] + "ё", row[1] + "yo");
        }
        // the syllables Hepburn writes otherwise
        m.put("си", "shi");
        m.put("ся", "sha");
        m.put("сю", "shu");
        m.put("сё", "sho");
        m.put("ти", "chi");
        m.put("тя", "cha");
        m.put("тю", "chu");
        m.put("тё", "cho");
        m.put("цу", "tsu");
        m.put("ту", "tsu");
        m.put("фу", "fu");
        m.put("ху", "fu");
        m.put("дзи", "ji");
        m.put("дзя", "ja");
        m.put("дзю", "ju");
        m.put("дзё", "jo");
        m.put("ди", "ji");
        m.put("ду", "zu");
        m.put("ва", "wa");
        m.put("н", "n");
        m.put("й", "i");
        return Map.copyOf(m);
    }

    /**
     * The name with each Cyrillic word read as Hepburn; null when a word is no sequence of the system's
     * syllables, or no word holds a spelling the letter-by-letter reading gets wrong.
     */
    static String hepburn(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean marked = false;
        for (String m : MARKERS) {
            marked |= lower.contains(m);
        }
        if (!marked) {
            return null;
        }
        return CyrillicLetters.readWords(lower, Polivanov::read);
    }

    /** One word read as Hepburn, or null: the longest syllable first, a doubled consonant as Hepburn doubles it. */
    static String read(String word) {
        String w = word.replace('е', 'э'); // е is written for э after a consonant (Кендзи)
        StringBuilder out = new StringBuilder(w.length() + 4);
        int i = 0;
        while (i < w.length()) {
            if (w.charAt(i) == 'ъ') {
                i++; // parts a moraic н from the vowel after it (Кэнъити, Ken'ichi)
                continue;
            }
            // a consonant written twice (Хаттори, Сэппуку) is the small tsu: the next syllable's consonant doubled
            boolean doubled = i + 1 < w.length() && w.charAt(i) == w.charAt(i + 1) && "кстпдгб".indexOf(w.charAt(i)) >= 0;
            int from = doubled ? i + 1 : i;
            String found = null;
            int end = -1;
            for (int j = Math.min(w.length(), from + 3); j > from; j--) {
                String s = SYLLABLES.get(w.substring(from, j));
                // the moraic н and a й are a syllable of their own only before a consonant or at the end
                if (s != null && (j - from > 1 || !"нй".contains(w.substring(from, j)) || j == w.length()
                        || "аиуэояюё".indexOf(w.charAt(j)) < 0)) {
                    found = s;
                    end = j;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            if (doubled) {
                out.append(found.startsWith("ch") ? 't' : found.charAt(0));
            }
            out.append(found);
            i = end;
        }
        return out.toString();
    }
}
