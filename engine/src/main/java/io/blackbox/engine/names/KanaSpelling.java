package io.blackbox.engine.names;

/**
 * A foreign name written in kana, or spelt out in Hangul, against its Latin spelling, by the sounds both
 * write, vowels included.
 * {@link Transcription} compares their consonants only, which says too little of a short name (ピート, "pito",
 * and Peat have two); here both are folded to the same coarse sounds and compared letter by letter:
 *
 * <ul>
 *   <li>kana writes a vowel after every consonant but n: a u after a consonant, and an o after t or d,
 *       before another consonant or at the end, is left out ("sutora" is str), and so is the i of a final
 *       chi or ji (ミッチ, Mitch); Hangul's ㅡ (eu) likewise; the word is also compared with them kept,
 *       since they may be the name's own (ブブノワ, Bubnova);</li>
 *   <li>English leaves an r after a vowel unsaid before a consonant or at the end, and kana with it
 *       (フォワード, "fowado", Forward); a final -er or -or is said, and written, a (ショッカー, "shokka",
 *       Shocker); a final e after a consonant is silent (Weddle);</li>
 *   <li>the spelling's digraphs are read (ph f, th s, ck k, qu k, x ks, c before e, i, y s and else k, sch
 *       and sz s, ch, tch, tsch, cz, zh and j the one affricate), and a first Mc as Mac (マクギフィン,
 *       McGiffin);</li>
 *   <li>then both are folded alike: b p v f, d t, g k q, s z, l r each one sound; ch, j, ts, tz and dz one
 *       affricate; h and w left out (kana writes a German ch as h, an English w as u); y as i; a letter
 *       written twice once.</li>
 * </ul>
 */
public final class KanaSpelling {
    private KanaSpelling() {
    }

    /** The kana word's sounds, its unsaid vowels left out (true) or kept. */
    public static String written(String romaji, boolean withoutAddedVowels) {
        romaji = hangulVowels(romaji, withoutAddedVowels);
        if (!withoutAddedVowels) {
            return fold(romaji);
        }
        StringBuilder b = new StringBuilder(romaji.length());
        int n = romaji.length();
        for (int i = 0; i < n; i++) {
            char c = romaji.charAt(i);
            char before = i > 0 ? romaji.charAt(i - 1) : 0;
            char after = i + 1 < n ? romaji.charAt(i + 1) : 0;
            boolean added = (c == 'u' || c == 'o' && (before == 't' || before == 'd'))
                    && isConsonant(before) && (after == 0 || isConsonant(after) && after != 'y')
                    // a final chi or ji writes the ch and j of -tch and -dge (ミッチ, 미치, Mitch)
                    || c == 'i' && after == 0 && (before == 'j' || before == 'h' && i > 1 && romaji.charAt(i - 2) == 'c');
            if (!added) {
                b.append(c);
            }
        }
        return fold(b.toString());
    }

    /**
     * Hangul's romanisation as the foreign name's sounds: ㅓ (eo) writes an o, ㅐ (ae) an a, a final ㅅ (s) a
     * t (브렛, "beules", Bret); ㅡ (eu) after a consonant before another or at the end is added, as kana's u
     * is (핸드, "haendeu", Hand). Kana romaji seldom hold these, and a kana word read so (マエダ, "maeda", as
     * "mada") is still compared by its consonant keys.
     */
    private static String hangulVowels(String romaji, boolean withoutAddedVowels) {
        if (romaji.indexOf('e') < 0 && !romaji.endsWith("s")) {
            return romaji;
        }
        StringBuilder b = new StringBuilder(romaji.length());
        int n = romaji.length();
        for (int i = 0; i < n; i++) {
            char c = romaji.charAt(i);
            char after = i + 1 < n ? romaji.charAt(i + 1) : 0;
            char before = i > 0 ? romaji.charAt(i - 1) : 0;
            if (c == 'e' && after == 'u' && withoutAddedVowels && isConsonant(before)
                    && (i + 2 >= n || isConsonant(romaji.charAt(i + 2)))) {
                i++;
            } else if (c == 'e' && after == 'o') {
                b.append('o');
                i++;
            } else if (c == 'a' && after == 'e') {
                b.append('a');
                i++;
            } else if (c == 's' && i == n - 1 && isVowel(before)) {
                b.append('t');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The Latin spelling's sounds, an unsaid r and a silent final e left out. */
    public static String spelled(String spelling) {
        StringBuilder b = new StringBuilder(spelling.length() + 2);
        int n = spelling.length();
        for (int i = 0; i < n; i++) {
            char c = spelling.charAt(i);
            char before = i > 0 ? spelling.charAt(i - 1) : 0;
            char after = i + 1 < n ? spelling.charAt(i + 1) : 0;
            if ((c == 'e' || c == 'o' || c == 'a' || c == 'u') && after == 'r' && i == n - 2 && i > 0) {
                b.append('a'); // the English -er, -or as kana write them: Shocker, "shokka"; Taylor, "teira"
                break;
            }
            if (c == 'r' && isVowel(before) && !isVowel(after)) {
                continue; // Forward, "fowado"
            }
            if (c == 'e' && i == n - 1 && i > 1 && isConsonant(before)) {
                continue; // Giles
            }
            if (i == 0 && spelling.startsWith("mc") && n > 3) {
                b.append("mak"); // Mc is said, and transcribed, Mac (マク, 맥, 麦克, Мак)
                i++;
            } else if (spelling.startsWith("tsch", i)) {
                b.append('C');
                i += 3;
            } else if (spelling.startsWith("sch", i)) {
                b.append('s');
                i += 2;
            } else if (spelling.startsWith("tch", i)) {
                b.append('C');
                i += 2;
            } else if (c == 'c' && (after == 'h' || after == 'z') || c == 'z' && after == 'h') {
                b.append('C'); // ch, Polish cz, and the zh of pinyin and of Russian names
                i++;
            } else if (c == 's' && after == 'z') {
                b.append('s');
                i++;
            } else if (c == 'p' && after == 'h') {
                b.append('f');
                i++;
            } else if (c == 't' && after == 'h') {
                b.append('s');
                i++;
            } else if (c == 'c' && after == 'k' || c == 'q' && after == 'u') {
                b.append('k');
                i++;
            } else if (c == 'x') {
                b.append("ks");
            } else if (c == 'c') {
                b.append(after == 'e' || after == 'i' || after == 'y' ? 's' : 'k');
            } else if (c == 'j') {
                b.append('C');
            } else {
                b.append(c);
            }
        }
        return fold(b.toString());
    }

    /** The coarse sounds both sides are compared by. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char after = i + 1 < n ? s.charAt(i + 1) : 0;
            char k;
            if (c == 's' && after == 'h') {
                k = 's';
                i++;
            } else if (c == 't' && s.startsWith("ch", i + 1)) {
                k = 'C'; // kana's small tsu before chi (ッチ, "tchi") doubles the ch
                i += 2;
            } else if (c == 'c' && after == 'h' || (c == 't' && (after == 's' || after == 'z'))
                    || c == 'd' && after == 'z') {
                k = 'C';
                i++;
            } else {
                k = switch (c) {
                    case 'b', 'p', 'v', 'f' -> 'p';
                    case 'd', 't' -> 't';
                    case 'g', 'k', 'q', 'c' -> 'k';
                    case 's', 'z' -> 's';
                    case 'j', 'C' -> 'C';
                    case 'l', 'r' -> 'r';
                    case 'y' -> 'i';
                    case 'h', 'w' -> 0;
                    default -> c;
                };
            }
            if (k != 0 && (b.isEmpty() || b.charAt(b.length() - 1) != k)) {
                b.append(k);
            }
        }
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c);
    }
}
