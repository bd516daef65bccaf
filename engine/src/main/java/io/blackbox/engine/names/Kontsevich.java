package io.blackbox.engine.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean names written in Cyrillic as Russian writes them, one syllable a word (Ким Чен Ын, Kim Jong Un; Чхве
 * Рён Хэ, Choe Ryong Hae), read back as Korean syllables in Latin letters as the lists spell North Korean
 * names (ŏ and ŭ as o and u, ㅈ as j), to be compared as words read from Hangul are
 * ({@link KoreanRomanisation#fold}). Letter by letter they come out as "kim chen yn", which no list spelling
 * resembles.
 *
 * <p>The Kontsevich system and the older spellings it replaced (Чен, Сен for 정, 성) write a final ㄴ and a
 * final ㅇ alike, н: each such syllable is read both ways, so a name has up to eight readings. The older
 * е after a consonant is ŏ; о is either o or ŏ.
 */
final class Kontsevich {

    /** One syllable: an initial, a vowel, a final. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(кк|тт|пп|сс|чч|чх|кх|тх|пх|чж|дж|к|г|н|т|д|р|л|м|п|б|с|ч|х)?"
                    + "(ва|вэ|ве|ви|во|ый|йе|я|ё|ю|а|о|у|ы|и|е|э)"
                    + "(нъ|ль|к|н|т|л|р|м|п)?");

    private static final int MAX_READINGS = 8;

    private Kontsevich() {
    }

    /**
     * The readings of a name whose every word is one Korean syllable in Cyrillic and has at least two words,
     * as lower-case Latin with the words apart; null for any other name.
     */
    static List<String> readings(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).replace('-', ' ').strip().split("[\\s,.]+");
        if (words.length < 2 || words.length > 5) {
            return null;
        }
        List<String> readings = List.of("");
        for (String word : words) {
            List<String> syllable = syllable(word);
            if (syllable == null) {
                return null;
            }
            List<String> next = new ArrayList<>();
            for (String r : readings) {
                for (String s : syllable) {
                    if (next.size() < MAX_READINGS) {
                        next.add(r.isEmpty() ? s : r + " " + s);
                    }
                }
            }
            readings = next;
        }
        return readings;
    }

    /** A word read as one syllable, both ways when it ends in н; null when it is no Korean syllable. */
    static List<String> syllable(String word) {
        Matcher m = SYLLABLE.matcher(word);
        if (!m.matches()) {
            return null;
        }
        String initial = m.group(1) == null ? "" : initial(m.group(1));
        String vowel = vowel(m.group(2), !initial.isEmpty());
        String fin = m.group(3);
        if (fin == null) {
            return List.of(initial + vowel);
        }
        return switch (fin) {
            case "н" -> List.of(initial + vowel + "n", initial + vowel + "ng");
            case "нъ" -> List.of(initial + vowel + "ng");
            case "ль", "л", "р" -> List.of(initial + vowel + "l");
            case "к" -> List.of(initial + vowel + "k");
            case "т" -> List.of(initial + vowel + "t");
            case "м" -> List.of(initial + vowel + "m");
            default -> List.of(initial + vowel + "p");
        };
    }

    private static String initial(String c) {
        return switch (c) {
            case "кк" -> "kk";
            case "тт" -> "tt";
            case "пп" -> "pp";
            case "сс" -> "ss";
            case "чч" -> "jj";
            case "чх" -> "ch";
            case "кх" -> "kh";
            case "тх" -> "th";
            case "пх" -> "ph";
            case "чж", "дж" -> "j";
            case "к" -> "k";
            case "г" -> "g";
            case "н" -> "n";
            case "т" -> "t";
            case "д" -> "d";
            case "р" -> "r";
            case "л" -> "l";
            case "м" -> "m";
            case "п" -> "p";
            case "б" -> "b";
            case "с" -> "s";
            case "ч" -> "j"; // ㅈ; its aspirated ㅊ is чх
            default -> "h";
        };
    }

    private static String vowel(String v, boolean afterConsonant) {
        return switch (v) {
            case "ва" -> "wa";
            case "вэ" -> "wae";
            case "ве" -> "oe";
            case "ви" -> "wi";
            case "во" -> "wo";
            case "ый" -> "ui";
            case "йе" -> "ye";
            case "я" -> "ya";
            case "ё" -> "yo";
            case "ю" -> "yu";
            case "а" -> "a";
            case "о" -> "o";
            case "у" -> "u";
            case "ы" -> "u";
            case "и" -> "i";
            case "е" -> afterConsonant ? "o" : "ye";
            default -> "ae";
        };
    }
}
