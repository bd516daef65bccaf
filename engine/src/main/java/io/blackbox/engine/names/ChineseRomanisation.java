package io.blackbox.engine.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a name word spelled in Latin letters is another romanisation of one Chinese syllable read in
 * pinyin. Lists write Chinese names in pinyin (Zhang), in Wade-Giles as Taiwan does (Chang, Hsu, Tsai), or
 * as the name is said in Cantonese, Hokkien or Teochew (Cheung, Wong, Tan, Lim). Two pinyin syllables that
 * differ in a letter (Lin and Li, Yan and Yang) are two characters, so a single syllable meets a Latin
 * word only when it is spelled the same or is one of these romanisations of it.
 */
public final class ChineseRomanisation {
    /** The toneless pinyin syllables, as ICU reads Han ({@code pinyin-syllables.txt}, see its SOURCE file). */
    private static final Set<String> SYLLABLES = load();

    /**
     * Spellings of common surnames in the southern languages and by habit, by their pinyin. Spellings
     * that are more often the pinyin of another common surname (Lei, Tang, Wu) are left out.
     */
    private static final Map<String, Set<String>> OTHER = Map.ofEntries(
            Map.entry("li", Set.of("lee", "lie", "ly")),
            Map.entry("lin", Set.of("lim", "lam", "ling", "lum")),
            Map.entry("chen", Set.of("chan", "tan", "chin", "chun")),
            Map.entry("wang", Set.of("wong", "ong", "vong")),
            Map.entry("huang", Set.of("wong", "ng", "hwang", "oei", "uy", "wee", "bong")),
            Map.entry("zhang", Set.of("cheung", "chong", "teo", "tiong", "tjong")),
            Map.entry("liu", Set.of("lau", "lao", "low", "lew", "loh")),
            Map.entry("yang", Set.of("yeung", "yeo", "yong", "ieong", "young")),
            Map.entry("zhao", Set.of("chiu", "chew", "chio", "teo")),
            Map.entry("wu", Set.of("ng", "goh", "woo", "ou", "ngo")),
            Map.entry("zhou", Set.of("chow", "chau", "chew", "chiew")),
            Map.entry("xu", Set.of("hui", "tsui", "koh", "khor", "hsu", "chui")),
            Map.entry("sun", Set.of("suen", "soon", "sng")),
            Map.entry("ma", Set.of("mah", "beh")),
            Map.entry("zhu", Set.of("chu", "choo", "chee", "gee")),
            Map.entry("hu", Set.of("woo", "foo", "oh")),
            Map.entry("guo", Set.of("kwok", "kwek", "quek", "kok", "kuo")),
            Map.entry("he", Set.of("ho", "hoe", "hor")),
            Map.entry("gao", Set.of("ko", "koh", "kou", "kao")),
            Map.entry("luo", Set.of("law", "lo", "loh", "lor", "lok")),
            Map.entry("zheng", Set.of("cheng", "tay", "cheang", "teh")),
            Map.entry("liang", Set.of("leung", "neo", "leong", "nio")),
            Map.entry("xie", Set.of("tse", "chia", "sia", "cheah", "hsieh")),
            Map.entry("song", Set.of("sung", "soong")),
            Map.entry("tang", Set.of("tong", "teng", "tng", "thong")),
            Map.entry("han", Set.of("hon")),
            Map.entry("feng", Set.of("fung", "fong")),
            Map.entry("deng", Set.of("teng")),
            Map.entry("cao", Set.of("tso", "chou", "cho")),
            Map.entry("peng", Set.of("pang", "phang")),
            Map.entry("zeng", Set.of("tsang", "tseng")),
            Map.entry("xiao", Set.of("siu", "siow", "shiu", "hsiao")),
            Map.entry("tian", Set.of("tin", "tien")),
            Map.entry("dong", Set.of("tung", "tong")),
            Map.entry("pan", Set.of("poon", "phua", "pua")),
            Map.entry("yuan", Set.of("yuen", "guan", "woon")),
            Map.entry("cai", Set.of("choi", "tsoi", "chua", "tsai", "choy", "chai")),
            Map.entry("jiang", Set.of("chiang", "keung")),
            Map.entry("yu", Set.of("yee", "ee")),
            Map.entry("du", Set.of("to", "tou", "toh")),
            Map.entry("ye", Set.of("yip", "yeh", "iap", "yap")),
            Map.entry("cheng", Set.of("ching")),
            Map.entry("wei", Set.of("ngai", "ngui")),
            Map.entry("su", Set.of("so", "soh", "saw")),
            Map.entry("lu", Set.of("lo", "lou", "loo", "lui", "low")),
            Map.entry("ding", Set.of("teng")),
            Map.entry("ren", Set.of("yam", "jen")),
            Map.entry("shen", Set.of("sum", "sim", "shum", "sham")),
            Map.entry("yao", Set.of("yiu", "yau")),
            Map.entry("fang", Set.of("fong")),
            Map.entry("jin", Set.of("kam", "kim", "kum", "gim")),
            Map.entry("qiu", Set.of("yau", "khoo", "chiu", "hiew", "khu")),
            Map.entry("zhong", Set.of("chung", "cheong", "chong")),
            Map.entry("lai", Set.of("loi")),
            Map.entry("mo", Set.of("mok", "bok")),
            Map.entry("kong", Set.of("hung", "khong")),
            Map.entry("mai", Set.of("mak")),
            Map.entry("mei", Set.of("mui", "moy")),
            Map.entry("guan", Set.of("kwan", "kuan")),
            Map.entry("gu", Set.of("ku", "koo")),
            Map.entry("wen", Set.of("boon", "woon")));

    /** Every way of writing a syllable in Latin letters known here: pinyin, Wade-Giles, southern spellings. */
    private static final Set<String> LATIN_SYLLABLES = latinSyllables();

    private ChineseRomanisation() {
    }

    private static Set<String> latinSyllables() {
        Set<String> all = new HashSet<>(SYLLABLES);
        for (String p : SYLLABLES) {
            all.add(wadeGiles(p));
        }
        OTHER.values().forEach(all::addAll);
        return Set.copyOf(all);
    }

    /** Whether a lower-case ASCII word is one pinyin syllable. */
    public static boolean isSyllable(String s) {
        return s.length() <= 6 && SYLLABLES.contains(s);
    }

    /** The syllable list, for the test that checks it against ICU. */
    static Set<String> syllableList() {
        return SYLLABLES;
    }

    private static Set<String> load() {
        try (InputStream in = ChineseRomanisation.class.getResourceAsStream("pinyin-syllables.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource pinyin-syllables.txt is missing");
            }
            return Set.copyOf(new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The word cut into pinyin syllables, longest first from the left (zhiqiang: zhi, qiang), or null when
     * it cannot be cut so (a typo such as xiaopng, or a word that is no pinyin).
     */
    public static List<String> syllables(String word) {
        return syllables(word, SYLLABLES);
    }

    private static List<String> syllables(String word, Set<String> known) {
        List<String> out = new ArrayList<>(4);
        int i = 0;
        while (i < word.length()) {
            int end = -1;
            for (int j = Math.min(word.length(), i + 6); j > i; j--) {
                // the next syllable must not start with a vowel the longer cut would have taken (xian, not xi an)
                if (known.contains(word.substring(i, j))
                        && (j == word.length() || "aeiouv".indexOf(word.charAt(j)) < 0)) {
                    end = j;
                    break;
                }
            }
            if (end < 0) {
                return null;
            }
            out.add(word.substring(i, end));
            i = end;
        }
        return out;
    }

    /**
     * Whether a Latin word writes the pinyin word's syllables another way, syllable by syllable: true,
     * false, or null when the Latin word cannot be cut into syllables written in any of the known ways
     * (then only its spelling can be compared).
     */
    public static Boolean sameSyllables(String pinyin, String latin) {
        List<String> p = syllables(pinyin, SYLLABLES);
        List<String> l = syllables(latin, LATIN_SYLLABLES);
        if (p == null || l == null) {
            return null;
        }
        if (p.size() != l.size()) {
            return false;
        }
        for (int i = 0; i < p.size(); i++) {
            if (!sameSyllable(p.get(i), l.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code latin} writes the pinyin syllable {@code pinyin} another way. */
    public static boolean sameSyllable(String pinyin, String latin) {
        if (pinyin.equals(latin) || wadeGiles(pinyin).equals(latin)) {
            return true;
        }
        Set<String> other = OTHER.get(pinyin);
        return other != null && other.contains(latin);
    }

    /** The Wade-Giles spelling of a pinyin syllable, without apostrophes and umlauts. */
    static String wadeGiles(String p) {
        switch (p) {
            case "zhi", "chi" -> { return "chih"; }
            case "shi" -> { return "shih"; }
            case "ri" -> { return "jih"; }
            case "zi", "ci" -> { return "tzu"; }
            case "si" -> { return "ssu"; }
            case "er" -> { return "erh"; }
            case "you" -> { return "yu"; }
            case "yan" -> { return "yen"; }
            case "ye" -> { return "yeh"; }
            case "ge", "ke" -> { return "ko"; }
            case "he" -> { return "ho"; }
            default -> { }
        }
        String initial;
        String rest;
        if (p.startsWith("zh") || p.startsWith("ch") || p.startsWith("sh")) {
            initial = p.substring(0, 2);
            rest = p.substring(2);
        } else if (!p.isEmpty() && "bpmfdtnlgkhjqxrzcsyw".indexOf(p.charAt(0)) >= 0) {
            initial = p.substring(0, 1);
            rest = p.substring(1);
        } else {
            initial = "";
            rest = p;
        }
        String wgInitial = switch (initial) {
            case "b" -> "p";
            case "d" -> "t";
            case "g" -> "k";
            case "zh", "j", "q" -> "ch";
            case "z", "c" -> "ts";
            case "x" -> "hs";
            case "r" -> "j";
            default -> initial;
        };
        String wgFinal = rest;
        if (rest.endsWith("ong")) {
            wgFinal = rest.substring(0, rest.length() - 3) + "ung";
        } else if (rest.equals("ian")) {
            wgFinal = "ien";
        } else if (rest.equals("ie")) {
            wgFinal = "ieh";
        } else if (rest.equals("uo") && !initial.equals("g") && !initial.equals("k") && !initial.equals("h")
                && !initial.equals("sh")) {
            wgFinal = "o";
        }
        return wgInitial + wgFinal;
    }
}
