package io.blackbox.engine.names;

import java.util.function.UnaryOperator;

/**
 * The letters Kazakh, Kyrgyz, Tajik, Tatar, Bashkir, Chuvash and other languages add to the Cyrillic
 * alphabet, written as the Russian letters of the nearest sound before transliteration: the Russian rules
 * have none of them, and the transliterator's fallback writes them with marks that part the word
 * (Қасым-Жомарт Тоқаев, "k asym", "tok aev"). Қ is k, ғ g, ң n, ә a, ө o, ұ and ү u, һ and ҳ h, ӣ i, ҷ and
 * җ j (дж, ж), ҙ z, ҫ s, ӑ a, ӗ e, ӧ o, ӱ and ӳ u.
 */
final class CyrillicLetters {

    private CyrillicLetters() {
    }

    /**
     * The name with each word of Cyrillic letters replaced by what {@code read} makes of it, everything else
     * kept; null when {@code read} gives null for a word, or the name has no Cyrillic word. For the systems
     * that write other languages' names in Cyrillic ({@link Palladius}, {@link Polivanov}).
     */
    static String readWords(String name, UnaryOperator<String> read) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        boolean any = false;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            if (c >= '\u0400' && c <= '\u04FF') {
                word.append(c);
                continue;
            }
            if (!word.isEmpty()) {
                String r = read.apply(word.toString());
                if (r == null) {
                    return null;
                }
                out.append(r);
                any = true;
                word.setLength(0);
            }
            if (i < name.length()) {
                out.append(c);
            }
        }
        return any ? out.toString() : null;
    }

    /** The word with those letters replaced; the same string when it has none. */
    static String asRussian(String word) {
        StringBuilder sb = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String r = c < '\u0490' ? null : russian(c);
            if (r != null && sb == null) {
                sb = new StringBuilder(word.length() + 2).append(word, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? word : sb.toString();
    }

    private static String russian(char c) {
        boolean upper = Character.isUpperCase(c);
        String r = switch (Character.toLowerCase(c)) {
            case '\u049B', '\u04A1' -> "к"; // қ ҡ
            case '\u0493' -> "г"; // ғ
            case '\u04A3' -> "н"; // ң
            case '\u04D9', '\u04D1' -> "а"; // ә ӑ
            case '\u04E9', '\u04E7' -> "о"; // ө ӧ
            case '\u04B1', '\u04AF', '\u04EF', '\u04F1', '\u04F3' -> "у"; // ұ ү ӯ ӱ ӳ
            case '\u04BB', '\u04B3' -> "х"; // һ ҳ
            case '\u04E3' -> "и"; // ӣ
            case '\u04B7' -> "дж"; // ҷ
            case '\u0497' -> "ж"; // җ
            case '\u0499' -> "з"; // ҙ
            case '\u04AB' -> "с"; // ҫ
            case '\u04D7' -> "е"; // ӗ
            default -> null;
        };
        if (r == null || !upper) {
            return r;
        }
        return Character.toUpperCase(r.charAt(0)) + r.substring(1);
    }
}
