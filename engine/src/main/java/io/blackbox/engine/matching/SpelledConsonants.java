package io.blackbox.engine.matching;

import io.blackbox.engine.names.NameNormalizer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a name spelled in Latin letters can be read as the consonants that a vowel-less transliteration
 * (Arabic, Persian, Hebrew) wrote, letting each Latin letter stand for every sound it is said with in the
 * languages names come from, as those scripts write it:
 * <ul>
 *   <li>g as ج (j) in Egypt and in most foreign names (Gallina, جالينا) and as ق (q) in the Gulf, Libya and
 *       the Maghreb (Fellag, فلاق);</li>
 *   <li>j as y in Slavic, German and Dutch names (Jankowski, يانكوفسكي);</li>
 *   <li>c as s before e, i and y (Horacio, هوراسيو), and as ts in Slavic and Italian names (Andronic,
 *       أندرونيتش; Santacroce); ch as k (Docherty, دوكيرتي) or ts (Roach, روتش) besides sh;</li>
 *   <li>v as f or b, or as nothing, since و and ו are also vowels; a w as well where it is no vowel, first
 *       or before a consonant (Walser, فالسر; Jankowski);</li>
 *   <li>p and f as פ, which Hebrew writes for both (Flores, פלורס);</li>
 *   <li>zh as j (Russian ж: Zhukov, جوكوف); gh as nothing (Dwight, دوايت); an h after a letter as nothing
 *       (John, جون); a final a or e as the h that writes it (Fatima, فاطمه).</li>
 * </ul>
 * خ (kh) is read from a k, q, kh or ch only: not from a c or g, which Arabic writes ك and غ or ج. Consonants
 * written twice count once on both sides, as {@link NameComparator#squeezedEqual} has it.
 *
 * <p>This is a reading of the spelling, not a similarity: it holds or not. Only skeletons of three consonants
 * or more are read so; shorter ones agree too easily.
 */
final class SpelledConsonants {
    /** At most this many steps are taken to find the skeletons of spellings ({@link #spellingSkeletons}). */
    static final int MAX_SPELLINGS_TRIED = 1_000;
    /** Longer words are not read: no name is, and the search below is quadratic in the two lengths. */
    static final int MAX_LENGTH = 40;

    private static final String[] NOTHING = {""};
    private static final String[] G = {"g", "j", "q"};
    private static final String[] GH = {"g", ""};
    private static final String[] J = {"j", ""};
    private static final String[] SOFT_C = {"k", "q", "s", "ts"};
    private static final String[] HARD_C = {"k", "q"};
    private static final String[] K = {"k", "q", "K"};
    private static final String[] CH = {"s", "k", "ts", "K"};
    private static final String[] ZH = {"sh", "j"};
    private static final String[] CZ = {"ts", "s"};
    /** tch: as ch, or a t and then a ch (ICU writes تكه). */
    private static final String[] TCH = {"s", "k", "ts", "K", "tk", "tK"};
    private static final String[] Z = {"s", "ts"};
    private static final String[] G_OR_NOTHING = {"g", "j", "q", ""};
    private static final String[] J_WITHIN = {"j", "", "K"};
    private static final String[] DOUBLE_C = {"k", "q", ""};
    private static final String SILENT_FINALS = "tdsxz";
    private static final String[] SILENT_X = {"ks", ""};
    private static final String[] SILENT_X_AFTER_E = {"ks", "", "h"};
    private static final String[] SILENT_Z = {"s", "ts", ""};
    private static final String[] SILENT_Z_AFTER_E = {"s", "ts", "", "h"};
    private static final String[] LABIAL = {"", "f", "b"};
    private static final String[] VOWEL_W = {""};
    private static final String[] SILENT_H = {"h", ""};
    private static final String[] FINAL_VOWEL = {"", "h"};
    private static final String[] T = {"t"};
    private static final String[] D = {"d"};
    private static final String[] S = {"s"};
    private static final String[] F = {"f", "p"};
    private static final String[] DJ = {"j"};
    private static final String[] X = {"ks"};
    private static final String[] B = {"b", "p"};
    private static final String[] WRITTEN_P = {"b", "f"};
    private static final String[] H = {"h"};
    // how a written consonant is spelled, in the skeleton of the spelling
    private static final String[] WRITTEN_J = {"j", "g", "sh"};
    private static final String[] WRITTEN_Q = {"k", "g"};
    private static final String[] WRITTEN_KH = {"k", "s"};
    private static final String[] WRITTEN_F = {"f", ""};
    private static final String[] WRITTEN_F_FIRST = {"f"};
    private static final String[] WRITTEN_B_FIRST = {"b"};
    private static final String[] WRITTEN_B = {"b", ""};
    private static final String[] WRITTEN_TS = {"ts", "k", "s"};
    private static final String[] WRITTEN_FINAL_H = {"h", ""};

    private SpelledConsonants() {
    }

    /**
     * Whether {@code spelled} (a folded Latin word) reads as {@code written}, the consonants of a vowel-less
     * transliteration by {@code NameNormalizer.skeleton(text, true)} (q, p and kh kept apart).
     */
    static boolean readable(String written, String spelled) {
        if (written.isEmpty() || spelled.isEmpty() || written.length() > MAX_LENGTH || spelled.length() > MAX_LENGTH) {
            return false;
        }
        String w = NameComparator.squeezed(written, false);
        // states (position in the spelling, consonants of w read) already found not to lead to a reading
        long[] failed = new long[((spelled.length() + 1) * (w.length() + 1) + 63) / 64];
        return read(spelled, 0, w, 0, failed);
    }

    /**
     * The consonant skeletons ({@code NameNormalizer.skeleton}) of the Latin spellings that read as a vowel-less
     * transliteration, other than its own, at most {@code max}: the keys under which such spellings are indexed.
     * ج is also a g, ق a g, خ a ch, ف and ب a v or w that the skeleton leaves out, تش a c or ch, a final
     * vowel letter h nothing, and an Arabic article written onto the word nothing. Empty when the word has fewer
     * than three consonants, which are only found by their own skeleton.
     */
    static List<String> spellingSkeletons(String writtenText, int max) {
        String w = consonants(writtenText, "");
        String own = NameNormalizer.skeleton(writtenText);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(own);
        if (w.length() >= 3 && w.length() <= MAX_LENGTH) {
            spell(w, 0, new StringBuilder(), keys, max + 1, new int[] {MAX_SPELLINGS_TRIED});
        }
        keys.remove(own);
        keys.removeIf(k -> k.length() < 3);
        return List.copyOf(keys);
    }

    /**
     * The consonants of a vowel-less transliteration to read a spelling as ({@code NameNormalizer.skeleton(text,
     * true)}), without an Arabic article written onto the word (الحلاج "alhlaj", Hallaj) unless the spelling
     * starts with one too (al, el or l; "" for none known).
     */
    static String consonants(String writtenText, String spelled) {
        String w = NameNormalizer.skeleton(writtenText, true);
        boolean article = writtenText.length() >= 4 && writtenText.startsWith("al") && w.startsWith("l");
        return article && !spelled.startsWith("al") && !spelled.startsWith("el") && !spelled.startsWith("l")
                ? w.substring(1) : w;
    }

    private static void spell(String w, int i, StringBuilder prefix, Set<String> keys, int max, int[] budget) {
        // the spellings of a word of many such letters are too many to go through, and many are the same
        if (keys.size() >= max || --budget[0] < 0) {
            return;
        }
        if (i == w.length()) {
            keys.add(prefix.toString());
            return;
        }
        char c = w.charAt(i);
        int length = prefix.length();
        String[] spellings;
        int next = i + 1;
        if (c == 't' && i + 1 < w.length() && w.charAt(i + 1) == 's') {
            spellings = WRITTEN_TS;
            next = i + 2;
        } else {
            spellings = switch (c) {
                case 'j' -> WRITTEN_J;
                case 'q' -> WRITTEN_Q;
                case 'K' -> WRITTEN_KH;
                case 'f' -> i == 0 ? WRITTEN_F_FIRST : WRITTEN_F;
                case 'b' -> i == 0 ? WRITTEN_B_FIRST : WRITTEN_B;
                case 'p' -> WRITTEN_P;
                case 'h' -> i == w.length() - 1 && i > 0 ? WRITTEN_FINAL_H : H;
                default -> null;
            };
        }
        if (spellings == null) {
            prefix.append(c);
            spell(w, next, prefix, keys, max, budget);
        } else {
            for (String spelling : spellings) {
                prefix.append(spelling);
                spell(w, next, prefix, keys, max, budget);
                prefix.setLength(length);
            }
        }
        prefix.setLength(length);
    }

    private static boolean read(String s, int i, String w, int j, long[] failed) {
        if (i == s.length()) {
            return j == w.length();
        }
        int state = i * (w.length() + 1) + j;
        if ((failed[state >>> 6] & (1L << state)) != 0) {
            return false;
        }
        int consumed = unitLength(s, i);
        for (String sound : sounds(s, i, consumed)) {
            int next = emit(sound, w, j);
            if (next >= 0 && read(s, i + consumed, w, next, failed)) {
                return true;
            }
        }
        failed[state >>> 6] |= 1L << state;
        return false;
    }

    /**
     * The consonants read so far ({@code j} of {@code w}) after the sound: a consonant the same as the last
     * one read is the same consonant written twice; -1 when the sound is not what w writes next.
     */
    private static int emit(String sound, String w, int j) {
        for (int k = 0; k < sound.length(); k++) {
            char c = sound.charAt(k);
            if (j > 0 && w.charAt(j - 1) == c) {
                continue;
            }
            if (j == w.length() || w.charAt(j) != c) {
                return -1;
            }
            j++;
        }
        return j;
    }

    /** How many letters of the spelling from {@code i} make one sound: two for a digraph. */
    private static int unitLength(String s, int i) {
        if (i + 1 < s.length()) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if (c == 't' && next == 'c' && i + 2 < s.length() && s.charAt(i + 2) == 'h') {
                return 3; // tch, one sound (Mitch, میچ)
            }
            if (next == 'h' && "kgtdscpz".indexOf(c) >= 0 || c == 'd' && next == 'j' || c == 'c' && next == 'z') {
                return 2;
            }
        }
        return 1;
    }

    private static String[] sounds(String s, int i, int length) {
        char c = s.charAt(i);
        if (length == 3) {
            return TCH;
        }
        if (length == 2) {
            return switch (c) {
                case 'k' -> K;
                case 'g' -> GH;
                case 't' -> T;
                case 'd' -> s.charAt(i + 1) == 'j' ? DJ : D;
                case 's' -> S;
                case 'c' -> s.charAt(i + 1) == 'z' ? CZ : CH;
                case 'p' -> F;
                default -> ZH; // zh
            };
        }
        boolean last = i == s.length() - 1;
        if (last && i >= 2 && isVowel(s.charAt(i - 1)) && (SILENT_FINALS.indexOf(c) >= 0
                || c == 'r' && s.charAt(i - 1) == 'e' && s.charAt(i - 2) == 'i')) {
            // a French final consonant is not said, and the e before it may be written ه (Simonet, سيمونيه;
            // Cartier, كارتييه)
            return switch (c) {
                case 'x' -> s.charAt(i - 1) == 'e' ? SILENT_X_AFTER_E : SILENT_X;
                case 'z' -> s.charAt(i - 1) == 'e' ? SILENT_Z_AFTER_E : SILENT_Z;
                default -> s.charAt(i - 1) == 'e' ? new String[] {String.valueOf(c), "", "h"} : new String[] {String.valueOf(c), ""};
            };
        }
        return switch (c) {
            case 'a', 'e' -> last ? FINAL_VOWEL : NOTHING;
            case 'i', 'o', 'u', 'y' -> NOTHING;
            case 'v' -> LABIAL;
            // a w is an f only where it cannot be the vowel و writes: first, or before a consonant (Walser,
            // Jankowski); between vowels it is و (Sawan is not صفوان)
            // (and last, as German -ow: Bülow, بولوف)
            case 'w' -> i == 0 || last || !isVowel(s.charAt(i + 1)) ? LABIAL : VOWEL_W;
            // Italian gn and gli are said ny and ly (Bagnaia, بانيا; Caveglia, كافيليا)
            case 'g' -> !last && (s.charAt(i + 1) == 'n' || s.startsWith("li", i + 1)) ? G_OR_NOTHING : G;
            // a j within a Spanish word is said kh (Borja, بورخا); first it is also the J of Joumani, no خ
            case 'j' -> i > 0 ? J_WITHIN : J;
            // the first c of an Italian cc before e or i is said with the second (Bartolucci, بارتولوتشي)
            case 'c' -> !last && s.charAt(i + 1) == 'c' ? DOUBLE_C
                    : last || "eiy".indexOf(s.charAt(i + 1)) >= 0 ? SOFT_C : HARD_C;
            case 'k', 'q' -> K;
            case 'x' -> X;
            case 'z' -> Z;
            case 'p' -> B;
            case 'f' -> F;
            case 'h' -> i == 0 ? H : SILENT_H;
            default -> c >= 'a' && c <= 'z' ? LETTERS[c - 'a'] : NOTHING;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static final String[][] LETTERS = new String[26][];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            LETTERS[c - 'a'] = new String[] {String.valueOf(c)};
        }
    }
}
