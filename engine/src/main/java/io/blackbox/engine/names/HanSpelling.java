package io.blackbox.engine.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A foreign name written in Han characters, read as pinyin syllables, against its Latin spelling, by the sounds
 * both write ({@link KanaSpelling} does the same for kana). Chinese writes a consonant with no vowel after it
 * as a whole syllable: s as 斯 "si", t as 特 "te", d as 德 "de", k as 克 "ke", f as 夫 "fu", m as 姆 "mu", a
 * final r or l as 尔 "er" (赫斯特, "he si te", is Hirst). Those vowels are left out where such a syllable
 * follows another and stands before a consonant or at the end; the name is also compared with them kept.
 * The syllables' letters are read as the sounds they stand for in transcriptions (x sh, q ch, zh j, z dz, c
 * ts; uo and ou o), then folded as kana's are.
 */
public final class HanSpelling {
    private static final String[] INITIALS = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k",
            "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"};
    /** Initials whose syllable with i is one consonant in a transcription (斯 si, 兹 zi, 茨 ci, 什 shi). */
    private static final Set<String> BUZZED = Set.of("s", "z", "c", "sh", "zh", "ch", "r");
    /** Initials whose syllable with e is one consonant (特 te, 德 de, 克 ke, 格 ge, 赫 he, 勒 le). */
    private static final Set<String> WITH_E = Set.of("t", "d", "k", "g", "h", "l");
    /** Initials whose syllable with u is one consonant (夫 fu, 布 bu, 普 pu, 姆 mu, 库 ku, 古 gu). */
    private static final Set<String> WITH_U = Set.of("f", "b", "p", "m", "k", "g");

    private HanSpelling() {
    }

    /** The word's sounds, the vowels its syllables add left out (true) or kept; null when it is no pinyin. */
    public static String written(String pinyin, boolean withoutAddedVowels) {
        List<String> syllables = syllables(pinyin);
        if (syllables == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(pinyin.length());
        for (int i = 0; i < syllables.size(); i++) {
            String s = syllables.get(i);
            String initial = initial(s);
            String fin = s.substring(initial.length());
            boolean beforeConsonant = i + 1 == syllables.size() || !initial(syllables.get(i + 1)).isEmpty()
                    && !initial(syllables.get(i + 1)).equals("y") && !initial(syllables.get(i + 1)).equals("w");
            boolean added = withoutAddedVowels && i > 0 && beforeConsonant
                    && (fin.equals("i") && BUZZED.contains(initial) || fin.equals("e") && WITH_E.contains(initial)
                    || fin.equals("u") && WITH_U.contains(initial));
            if (initial.isEmpty() && fin.equals("er") && i > 0) {
                b.append('r'); // 尔, a final r or l
                continue;
            }
            b.append(switch (initial) {
                case "x" -> "sh";
                case "q" -> "ch";
                case "zh" -> "j";
                case "z" -> "dz";
                case "c" -> "ts";
                default -> initial;
            });
            if (!added) {
                b.append(fin.replace("uo", "o").replace("ou", "o").replace('v', 'u'));
            }
        }
        return KanaSpelling.fold(b.toString());
    }

    private static String initial(String syllable) {
        for (String i : INITIALS) {
            if (syllable.startsWith(i)) {
                return i;
            }
        }
        return "";
    }

    /**
     * The word cut into pinyin syllables, the longest cut first with backtracking; null when none. A place
     * from which no cut reaches the end is remembered, so that a long word that is no pinyin costs little.
     */
    static List<String> syllables(String word) {
        List<String> out = new ArrayList<>(6);
        return cut(word, 0, out, new boolean[word.length()]) ? out : null;
    }

    private static boolean cut(String word, int from, List<String> out, boolean[] dead) {
        if (from == word.length()) {
            return true;
        }
        if (dead[from]) {
            return false;
        }
        for (int to = Math.min(word.length(), from + 6); to > from; to--) {
            String part = word.substring(from, to);
            // a transcription's syllables are written with a final n for ng (HanTranscription.syllable)
            if (ChineseRomanisation.isSyllable(part) || part.endsWith("n") && ChineseRomanisation.isSyllable(part + "g")) {
                out.add(part);
                if (cut(word, to, out, dead)) {
                    return true;
                }
                out.removeLast();
            }
        }
        dead[from] = true;
        return false;
    }
}
