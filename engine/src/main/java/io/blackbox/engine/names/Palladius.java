package io.blackbox.engine.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Chinese names written in Cyrillic letters by the Palladius system, as Russian writes them (Си Цзиньпин, Xi
 * Jinping; Чжан Сяомин, Zhang Xiaoming), read back as pinyin. Letter by letter they come out as
 * "si tszinpin" and "chzhan syaomin", which no list spelling resembles.
 *
 * <p>The table is made from the pinyin syllables ({@link ChineseRomanisation#syllableList}) by the rules of
 * the system: the initials b p m f d t n l g k h, j and z as цз, q and c as ц, x and s as с, zh as чж, ch as
 * ч, sh as ш, r as ж; the finals e as э, ong as ун, ian as янь, ui as уй (хуэй after h), uo as о, ü as юй,
 * and zi, ci, si as цзы, цы, сы. A word is read when the whole of it is a sequence of such syllables, the
 * fewest that cover it.
 */
final class Palladius {

    private Palladius() {
    }

    /**
     * The name with each Cyrillic word read as pinyin syllables, written together as pinyin writes a
     * given name; null when a Cyrillic word is no sequence of Palladius syllables, or the name has none.
     */
    static String pinyin(String name) {
        return CyrillicLetters.readWords(name, Palladius::read);
    }

    /** One word read as pinyin, or null. */
    static String read(String cyrillic) {
        String w = cyrillic.toLowerCase(Locale.ROOT).replace('ё', 'е');
        int n = w.length();
        // fewest syllables covering w[0..i); ties keep the longer first syllable
        int[] count = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        for (int i = 0; i < n; i++) {
            if (count[i] == Integer.MAX_VALUE) {
                continue;
            }
            int start = i;
            if (w.charAt(i) == 'ъ') { // the separator of Чжунъи: no sound of its own
                if (count[i] < count[i + 1]) {
                    count[i + 1] = count[i];
                    from[i + 1] = i;
                }
                continue;
            }
            for (int len = Math.min(LONGEST, n - start); len >= 1; len--) {
                if (TO_PINYIN.containsKey(w.substring(start, start + len)) && count[i] + 1 < count[start + len]) {
                    count[start + len] = count[i] + 1;
                    from[start + len] = i;
                }
            }
        }
        if (count[n] == Integer.MAX_VALUE) {
            return null;
        }
        StringBuilder pinyin = new StringBuilder();
        for (int end = n; end > 0; end = from[end]) {
            String syllable = w.substring(from[end], end);
            if (!syllable.equals("ъ")) {
                pinyin.insert(0, TO_PINYIN.get(syllable));
            }
        }
        return pinyin.toString();
    }

    private static Map<String, String> table() {
        Map<String, String> map = new HashMap<>();
        for (String p : ChineseRomanisation.syllableList()) {
            String c = palladius(p);
            if (c != null) {
                map.putIfAbsent(c, p);
            }
        }
        return Map.copyOf(map);
    }

    private static final Map<String, String> WITHOUT_INITIAL = Map.ofEntries(
            Map.entry("yi", "и"), Map.entry("ya", "я"), Map.entry("yao", "яо"), Map.entry("ye", "е"),
            Map.entry("you", "ю"), Map.entry("yan", "янь"), Map.entry("yin", "инь"), Map.entry("yang", "ян"),
            Map.entry("ying", "ин"), Map.entry("yong", "юн"), Map.entry("yu", "юй"), Map.entry("yue", "юэ"),
            Map.entry("yuan", "юань"), Map.entry("yun", "юнь"), Map.entry("yo", "йо"), Map.entry("wu", "у"),
            Map.entry("wa", "ва"), Map.entry("wo", "во"), Map.entry("wai", "вай"), Map.entry("wei", "вэй"),
            Map.entry("wan", "вань"), Map.entry("wen", "вэнь"), Map.entry("wang", "ван"), Map.entry("weng", "вэн"),
            Map.entry("a", "а"), Map.entry("o", "о"), Map.entry("e", "э"), Map.entry("ai", "ай"),
            Map.entry("ei", "эй"), Map.entry("ao", "ао"), Map.entry("ou", "оу"), Map.entry("an", "ань"),
            Map.entry("en", "энь"), Map.entry("ang", "ан"), Map.entry("eng", "эн"), Map.entry("er", "эр"));

    private static final Map<String, String> INITIALS = Map.ofEntries(
            Map.entry("zh", "чж"), Map.entry("ch", "ч"), Map.entry("sh", "ш"), Map.entry("b", "б"),
            Map.entry("p", "п"), Map.entry("m", "м"), Map.entry("f", "ф"), Map.entry("d", "д"), Map.entry("t", "т"),
            Map.entry("n", "н"), Map.entry("l", "л"), Map.entry("g", "г"), Map.entry("k", "к"), Map.entry("h", "х"),
            Map.entry("j", "цз"), Map.entry("q", "ц"), Map.entry("x", "с"), Map.entry("r", "ж"), Map.entry("z", "цз"),
            Map.entry("c", "ц"), Map.entry("s", "с"));

    private static final Map<String, String> FINALS = Map.ofEntries(
            Map.entry("a", "а"), Map.entry("o", "о"), Map.entry("e", "э"), Map.entry("ai", "ай"),
            Map.entry("ei", "эй"), Map.entry("ao", "ао"), Map.entry("ou", "оу"), Map.entry("an", "ань"),
            Map.entry("en", "энь"), Map.entry("ang", "ан"), Map.entry("eng", "эн"), Map.entry("ong", "ун"),
            Map.entry("er", "эр"), Map.entry("i", "и"), Map.entry("ia", "я"), Map.entry("iao", "яо"),
            Map.entry("ie", "е"), Map.entry("iu", "ю"), Map.entry("ian", "янь"), Map.entry("in", "инь"),
            Map.entry("iang", "ян"), Map.entry("ing", "ин"), Map.entry("iong", "юн"), Map.entry("u", "у"),
            Map.entry("ua", "уа"), Map.entry("uo", "о"), Map.entry("uai", "уай"), Map.entry("ui", "уй"),
            Map.entry("uan", "уань"), Map.entry("un", "унь"), Map.entry("uang", "уан"), Map.entry("ue", "юэ"));

    // after the maps the table is made from
    private static final Map<String, String> TO_PINYIN = table();
    private static final int LONGEST = TO_PINYIN.keySet().stream().mapToInt(String::length).max().orElse(1);

    /** A pinyin syllable in Palladius Cyrillic, or null when it has no place in the system. */
    static String palladius(String p) {
        String alone = WITHOUT_INITIAL.get(p);
        if (alone != null) {
            return alone;
        }
        String initial = p.length() > 2 && INITIALS.containsKey(p.substring(0, 2)) ? p.substring(0, 2)
                : p.length() > 1 && INITIALS.containsKey(p.substring(0, 1)) ? p.substring(0, 1) : null;
        if (initial == null) {
            return null;
        }
        String fin = p.substring(initial.length());
        boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x");
        boolean dental = initial.equals("z") || initial.equals("c") || initial.equals("s");
        String f;
        if (fin.equals("i") && dental) {
            f = "ы"; // zi, ci, si
        } else if (palatal && fin.startsWith("u")) {
            f = switch (fin) { // ü written u after j, q, x
                case "u" -> "юй";
                case "uan" -> "юань";
                case "un" -> "юнь";
                case "ue" -> "юэ";
                default -> null;
            };
        } else if (fin.equals("ui") && initial.equals("h")) {
            f = "уэй";
        } else {
            f = FINALS.get(fin);
        }
        return f == null ? null : INITIALS.get(initial) + f;
    }
}
