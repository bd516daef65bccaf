package io.blackbox.engine.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consonants of a name as Japanese kana or Korean Hangul would transcribe it, in broad classes, to
 * compare a foreign name written in those scripts with its Latin spelling. Both scripts write a vowel
 * after most consonants (Carmelo is カルメロ, "karumero"; Fromm is 프롬, "peurom"), have one letter for
 * l and r, and Korean none for f, v or z; so vowels, h, w and y are left out and the consonants folded:
 * b p v f, d t, g k q and hard c, j z ts dz, s sh x and soft c, l r, m n. English r after a vowel is not
 * spoken before a consonant or at the end (Sleator, スレイター "sureita"), and th is written as s (Smith,
 * スミス "sumisu"), so a spelling may have more than one key ({@link #spelledKeys}). Letters of one class side by
 * side are one consonant (Mckinnell, マッキンネル "makkinneru"); with a vowel between they are two (Tatro, 태트로
 * "taeteulo", {@code ttr}).
 *
 * <p>The keys are broad: two of them agreeing is evidence only when there are three consonants or more
 * ({@link #MIN_KEY}).
 */
public final class Transcription {
    /** Keys shorter than this say too little to be compared. */
    public static final int MIN_KEY = 3;

    private Transcription() {
    }

    /** The key of a Latin token read from kana or Hangul ("karumero" is {@code krmr}). */
    public static String written(String text) {
        return key(text, false, 0);
    }

    /** The key of a Latin spelling ("carmelo" is {@code krmr}), reading its digraphs. */
    public static String spelled(String text) {
        return key(text, true, 0);
    }

    /**
     * Every key a Latin spelling may be heard with: as spelled; without an r that follows a vowel and is not
     * followed by one ("sleator" also {@code srt}); and, where it has a th, with the th heard as s, as both
     * scripts write the English th (Smith, スミス "sumisu", {@code sms}); and, where it has a ch, with the ch
     * heard as k (Michael, マイケル "maikeru"; Luchetti); and, where an ng ends the word or comes before a
     * consonant, with the ng as one n, as Chinese writes it (Binding, 賓登 "bin deng"). One to sixteen keys,
     * no duplicates.
     */
    public static List<String> spelledKeys(String text) {
        int options = plainReadings(text);
        List<String> keys = new ArrayList<>(4);
        // every combination of the readings the word allows, the plain one first
        for (int v = 0; v <= options; v++) {
            if ((v & ~options) == 0) {
                String k = key(text, true, v);
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    /**
     * {@link #spelledKeys}, and besides the keys of readings of the spelling that other languages give its
     * letters, for comparing a spelling with one word (not for the index, which would hold too many keys):
     * a j said y (Järvis, ヤルヴィス) or as a Spanish h (Jarque, ハルケ); a w said v (Tchaikowsky,
     * チャイコフスキ); a ch or kh said as an h, which kana and Hangul leave out as they do h (Chernikhov,
     * チェルニホーフ; Michał, ミハウ), or as the French sh (Lemarchal, ルマルシャル); a z said s (Salzedo,
     * サルセード; not the zh of pinyin); a c before e or i, and an Italian cc there, said ch (Cesare, チェーザレ; Cacciapaglia); the gn
     * and gli of French and Italian said n and l (Consigny, コンシニ); a final ic the Slavic ić (Nurkić, ヌルキッチ).
     * At most {@value #MAX_HEARD_KEYS} keys.
     */
    public static List<String> heardKeys(String text) {
        List<String> known = HEARD.get(text);
        if (known != null) {
            return known;
        }
        List<String> heard = hear(text);
        if (HEARD.size() < MAX_REMEMBERED_SPELLINGS) {
            HEARD.put(text, heard);
        }
        return heard;
    }

    private static List<String> hear(String text) {
        List<String> keys = spelledKeys(text);
        int options = 0;
        options |= text.indexOf('j') >= 0 ? J_AS_Y : 0;
        options |= text.indexOf('w') >= 0 ? W_AS_V : 0;
        options |= text.contains("ch") ? CH_AS_H | CH_AS_SH : 0;
        options |= text.contains("kh") ? KH_AS_H : 0;
        options |= text.indexOf('z') >= 0 ? Z_AS_S : 0;
        options |= hasSoftC(text) ? SOFT_C_AS_CH : 0;
        options |= text.contains("gn") || text.contains("gli") ? GN_AS_N : 0;
        options |= text.endsWith("ic") ? IC_AS_ICH : 0;
        if (options == 0) {
            return List.copyOf(keys);
        }
        List<String> heard = new ArrayList<>(keys);
        int all = plainReadings(text) | options;
        // the combinations that take at least one of the further readings, fewer readings first, and no more
        // than MAX_HEARD_READINGS of them: a word with many such letters would otherwise have thousands
        int tried = 0;
        for (int readings = 1; readings <= Integer.bitCount(all); readings++) {
            for (int v = all; v > 0; v = (v - 1) & all) {
                if (Integer.bitCount(v) != readings || (v & options) == 0) {
                    continue;
                }
                if (++tried > MAX_HEARD_READINGS || heard.size() >= MAX_HEARD_KEYS) {
                    return List.copyOf(heard);
                }
                String k = key(text, true, v);
                if (!heard.contains(k)) {
                    heard.add(k);
                }
            }
        }
        return List.copyOf(heard);
    }

    /** Spellings whose {@link #heardKeys} are remembered, at most: the words of queries and lists repeat. */
    static final int MAX_REMEMBERED_SPELLINGS = 100_000;
    private static final Map<String, List<String>> HEARD = new ConcurrentHashMap<>();
    /** At most this many combinations of readings are tried for one spelling ({@link #heardKeys}). */
    static final int MAX_HEARD_READINGS = 256;

    /** At most this many keys of one spelling ({@link #heardKeys}). */
    static final int MAX_HEARD_KEYS = 64;

    private static boolean hasSoftC(String text) {
        for (int i = text.indexOf('c'); i >= 0 && i + 1 < text.length(); i = text.indexOf('c', i + 1)) {
            char next = text.charAt(i + 1);
            if (next == 'e' || next == 'i') {
                return true;
            }
        }
        return false;
    }

    /** The readings of {@link #spelledKeys} that a spelling allows. */
    private static int plainReadings(String text) {
        return (text.indexOf('r') >= 0 ? SILENT_R : 0) | (text.contains("th") ? TH_AS_S : 0)
                | (text.contains("ch") ? CH_AS_K : 0) | (hasNgSound(text) ? NG_AS_N : 0);
    }

    /** An ng at the end or before a consonant is one sound, which Chinese writes with a final n or ng. */
    private static boolean hasNgSound(String text) {
        for (int i = text.indexOf("ng"); i > 0; i = text.indexOf("ng", i + 1)) {
            if (i + 2 >= text.length() || !isVowel(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static final int SILENT_R = 1;
    private static final int TH_AS_S = 2;
    private static final int CH_AS_K = 4;
    private static final int NG_AS_N = 8;
    private static final int J_AS_Y = 16;
    private static final int W_AS_V = 32;
    private static final int CH_AS_H = 64;
    private static final int CH_AS_SH = 128;
    private static final int Z_AS_S = 256;
    private static final int SOFT_C_AS_CH = 512;
    private static final int GN_AS_N = 1024;
    private static final int IC_AS_ICH = 2048;
    private static final int KH_AS_H = 4096;

    /**
     * The keys a token read from kana, Hangul or (when {@code pinyin}) Han characters may be heard with. Kana
     * and Hangul have {@link #written}, and when the word has a chi or ji, or starts with a u before a
     * consonant, also the keys of the older kana spellings of foreign sounds: チ (chi) for ti and ジ (ji) for di
     * (プーチン "puchin", Putin; ウラジーミル "urajimiru", Vladimir), ウ (u) for a first v; at most
     * {@value #MAX_KANA_KEYS}. Chinese writes foreign syllables with fewer consonants: j and q
     * stand for a k, g or ch (基 "ji", Kiran; 奇 "qi", Sidiki), for a z or c (济 "ji", Jin; 奇, Majstorović) and
     * for a d (基 in 弗拉基米尔, Vladimir), and a w for a v (維 "wei", Vitaioli) or a w; so each j, q and w
     * gives the keys of each reading, at most {@value #MAX_PINYIN_KEYS}, without duplicates.
     */
    public static List<String> writtenKeys(String text, boolean pinyin) {
        if (!pinyin) {
            return kanaKeys(text);
        }
        List<String> texts = List.of(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String[] readings = c == 'j' || c == 'q' ? PALATAL_AS : c == 'w' ? W_AS : null;
            if (readings == null) {
                continue;
            }
            if (texts.size() * readings.length > MAX_PINYIN_KEYS) {
                return List.of(written(text));
            }
            List<String> next = new ArrayList<>(texts.size() * readings.length);
            for (String t : texts) {
                for (String r : readings) {
                    next.add(t.substring(0, i) + r + t.substring(i + 1));
                }
            }
            texts = next; // each reading is one letter: the letters after it keep their places
        }
        return distinctKeys(texts);
    }

    /** {@link #writtenKeys} of a word read from kana or Hangul. */
    private static List<String> kanaKeys(String text) {
        boolean firstV = text.length() > 2 && text.charAt(0) == 'u' && !isVowel(text.charAt(1));
        if (!firstV && !text.contains("chi") && !text.contains("ji")) {
            return List.of(written(text));
        }
        List<String> texts = new ArrayList<>(List.of(text));
        // from the end, so that a syllable replaced leaves the places of those before it as they were
        for (int at = text.length() - 2; at >= 0 && texts.size() < MAX_KANA_KEYS; at--) {
            for (String[] older : OLDER_KANA) {
                if (text.startsWith(older[0], at)) {
                    for (int k = 0, n = texts.size(); k < n && texts.size() < MAX_KANA_KEYS; k++) {
                        String t = texts.get(k);
                        texts.add(t.substring(0, at) + older[1] + t.substring(at + older[0].length()));
                    }
                }
            }
        }
        if (firstV) {
            for (int k = 0, n = texts.size(); k < n && texts.size() < MAX_KANA_KEYS; k++) {
                texts.add("v" + texts.get(k));
            }
        }
        return distinctKeys(texts);
    }

    /** The keys of the texts, each once, in their order. */
    private static List<String> distinctKeys(List<String> texts) {
        List<String> keys = new ArrayList<>(texts.size());
        for (String t : texts) {
            String k = written(t);
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** At most this many keys for one word read from kana or Hangul ({@link #writtenKeys}). */
    static final int MAX_KANA_KEYS = 8;
    /** Kana syllables that also wrote other foreign ones before their own spellings came in: chi for ti, ji for di. */
    private static final String[][] OLDER_KANA = {{"chi", "ti"}, {"ji", "di"}};
    /** At most this many keys for one word read from Han ({@link #writtenKeys}). */
    static final int MAX_PINYIN_KEYS = 27;
    private static final String[] PALATAL_AS = {"k", "z", "d"};
    private static final String[] W_AS = {"w", "v"};

    /** True when a token read from kana or Hangul and a Latin spelling have the same key of three consonants or more. */
    public static boolean agree(String written, String spelled) {
        String w = written(written);
        return w.length() >= MIN_KEY && spelledKeys(spelled).contains(w);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static String key(String s, boolean spelled, int readings) {
        boolean withoutSilentR = (readings & SILENT_R) != 0;
        boolean thAsS = (readings & TH_AS_S) != 0;
        boolean chAsK = (readings & CH_AS_K) != 0;
        boolean ngAsN = (readings & NG_AS_N) != 0;
        boolean jAsY = (readings & J_AS_Y) != 0;
        boolean wAsV = (readings & W_AS_V) != 0;
        boolean chAsH = (readings & CH_AS_H) != 0;
        boolean chAsSh = (readings & CH_AS_SH) != 0;
        boolean zAsS = (readings & Z_AS_S) != 0;
        boolean softCAsCh = (readings & SOFT_C_AS_CH) != 0;
        boolean gnAsN = (readings & GN_AS_N) != 0;
        boolean icAsIch = (readings & IC_AS_ICH) != 0;
        boolean khAsH = (readings & KH_AS_H) != 0;
        StringBuilder out = new StringBuilder(s.length());
        // whether a letter that is no consonant came since the last consonant
        boolean apart = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            int used = 1;
            char k;
            if (spelled && s.startsWith("tsch", i)) {
                k = 'c';
                used = 4;
            } else if (spelled && (s.startsWith("sch", i))) {
                k = 's';
                used = 3;
            } else if (s.startsWith("tch", i)) {
                k = 'c'; // and kana's small tsu before chi (ッチ, "tchi") doubles the ch, no t
                used = 3;
            } else if (c == 'c' && next == 'h') {
                k = spelled && chAsK ? 'k' : spelled && chAsH ? 0 : spelled && chAsSh ? 's' : 'c';
                used = 2;
            } else if (spelled && c == 'k' && next == 'h' && khAsH) {
                k = 0;
                used = 2;
            } else if (spelled && softCAsCh && c == 'c' && (next == 'e' || next == 'i')) {
                k = 'c';
            } else if (spelled && softCAsCh && c == 'c' && next == 'c' && i + 2 < n
                    && (s.charAt(i + 2) == 'e' || s.charAt(i + 2) == 'i')) {
                k = 'c';
                used = 2;
            } else if (spelled && gnAsN && c == 'g' && (next == 'n' || next == 'l' && i + 2 < n && s.charAt(i + 2) == 'i')) {
                k = 0;
            } else if (spelled && icAsIch && c == 'c' && i == n - 1) {
                k = 'c';
            } else if (spelled && jAsY && c == 'j') {
                k = 0;
            } else if (spelled && wAsV && c == 'w') {
                k = 'p';
            } else if (spelled && zAsS && c == 'z' && next != 'h') {
                k = 's';
            } else if (c == 's' && next == 'h') {
                k = 's';
                used = 2;
            } else if (c == 't' && next == 's' || c == 'd' && (next == 'z' || next == 's' || next == 'j')) {
                k = 'c';
                used = 2;
            } else if (spelled && (c == 'r' || c == 'c') && next == 'z') {
                k = 'c'; // Polish rz and cz
                used = 2;
            } else if (spelled && c == 's' && next == 'z') {
                k = 's';
                used = 2;
            } else if (spelled && (c == 'p' || c == 't' || c == 'g') && next == 'h') {
                k = c == 'p' ? 'p' : c == 't' ? (thAsS ? 's' : 't') : 'k';
                used = 2;
            } else if (spelled && (c == 'c' && next == 'k' || c == 'q' && next == 'u')) {
                k = 'k';
                used = 2;
            } else if (spelled && c == 'c') {
                k = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
            } else if (spelled && c == 'x') {
                append(out, 'k');
                k = 's';
            } else {
                k = switch (c) {
                    case 'b', 'p', 'v', 'f' -> 'p';
                    case 'd', 't' -> 't';
                    case 'g', 'k', 'q', 'c' -> 'k';
                    case 'j', 'z' -> 'c';
                    case 's', 'x' -> 's';
                    case 'l', 'r' -> 'r';
                    // m before b or p is written with the moraic n (Kempson, ケンプソン "kenpuson")
                    case 'm' -> next == 'p' || next == 'b' ? 'n' : 'm';
                    case 'n' -> 'n';
                    default -> 0; // vowels, h, w, y
                };
            }
            if (ngAsN && c == 'g' && i > 0 && s.charAt(i - 1) == 'n' && (i + 1 >= n || !isVowel(next))) {
                k = 0; // Binding, 賓登 "bin deng"
            }
            if (withoutSilentR && c == 'r' && i > 0 && isVowel(s.charAt(i - 1)) && (i + 1 >= n || !isVowel(next))) {
                k = 0;
            }
            if (k != 0) {
                if (apart && !out.isEmpty() && out.charAt(out.length() - 1) == k) {
                    out.append(k); // a vowel between: the consonant is said again (Tatro, 태트로 "taeteulo")
                } else {
                    append(out, k);
                }
            }
            apart = k == 0 && !(c == 'h' && i > 0 && out.length() > 0);
            i += used - 1;
        }
        return out.toString();
    }

    /** Appends a consonant class unless it repeats the last one (Mckinnell, マッキンネル "makkinneru"). */
    private static void append(StringBuilder out, char k) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != k) {
            out.append(k);
        }
    }
}
