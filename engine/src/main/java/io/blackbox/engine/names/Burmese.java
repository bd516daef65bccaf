package io.blackbox.engine.names;

/**
 * Burmese names in the Myanmar script read syllable by syllable as Burmese names are spelled in Latin
 * letters (မင်းအောင်လှိုင် → "min aung hlaing", Min Aung Hlaing; ရွှေ → "shwe"), which ICU's letter-by-letter
 * rules do not ("mainnaaunglhaine").
 *
 * <p>A Burmese name is written without spaces, and in Latin letters each syllable is a word. A syllable is an
 * initial consonant (or vowel letter), medial signs (ျ ြ y, ွ w, ှ h), vowel signs, and a final consonant
 * marked by the asat ် or stacked under the next syllable's consonant with the virama ္; tone marks are
 * not written. The vowel signs and the final together give the syllable's rhyme (ောင် aung, ိုင် aing, ိန် ein),
 * spelled as the names' customary romanisation does.
 */
final class Burmese {

    private static final char ASAT = '\u103A';
    private static final char VIRAMA = '\u1039';

    private Burmese() {
    }

    /** True for a code point of the Myanmar block used to write Burmese. */
    static boolean isMyanmar(int cp) {
        return cp >= 0x1000 && cp <= 0x109F;
    }

    /**
     * The text with its runs of Myanmar letters read in Latin letters; other characters are kept. With
     * {@code joined}, the syllables of one run are written as one word (ဗလာဒီမီယာ → "baladimiya", as a
     * foreign name is); otherwise each is a word of its own.
     */
    static String romanize(String text, boolean joined) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isMyanmar(c)) {
                out.append(c);
                i++;
                continue;
            }
            if (c >= '\u1040' && c <= '\u1049') {
                out.append((char) ('0' + c - '\u1040'));
                i++;
                continue;
            }
            if (c == '\u104A' || c == '\u104B') { // ၊ ။ end a phrase
                out.append(' ');
                i++;
                continue;
            }
            int end = syllableEnd(text, i);
            boolean first = i == 0 || !isMyanmar(text.charAt(i - 1));
            String syllable = syllable(text, i, end, first);
            if (!syllable.isEmpty()) {
                boolean afterSyllable = !out.isEmpty() && Character.isLetterOrDigit(out.charAt(out.length() - 1));
                if (afterSyllable && !joined && i > 0 && isMyanmar(text.charAt(i - 1))) {
                    out.append(' ');
                }
                out.append(syllable);
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isConsonant(char c) {
        return c >= '\u1000' && c <= '\u1021' || c == '\u103F';
    }

    private static boolean isIndependentVowel(char c) {
        return c >= '\u1023' && c <= '\u102A';
    }

    /** Whether the consonant at i ends the syllable before it (followed by the asat or the virama). */
    private static boolean isFinal(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (s.charAt(j) == '\u1037')) { // a tone dot may be typed before the asat
            j++;
        }
        return j < s.length() && (s.charAt(j) == ASAT || s.charAt(j) == VIRAMA);
    }

    private static int syllableEnd(String s, int start) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!isMyanmar(c) || c >= '\u1040' && c <= '\u104B') {
                break;
            }
            // a letter that is no final starts the next syllable, also one stacked under a final with the
            // virama (မန္တလေး, man ta le)
            if ((isConsonant(c) || isIndependentVowel(c)) && !isFinal(s, i)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** One syllable, from its first letter to before the next syllable's. */
    private static String syllable(String s, int start, int end, boolean firstOfWord) {
        char first = s.charAt(start);
        StringBuilder onset = new StringBuilder();
        boolean vowelLetter = false;
        if (isConsonant(first)) {
            onset.append(consonant(first));
        } else if (isIndependentVowel(first)) {
            vowelLetter = true;
        } else {
            return ""; // a sign without a letter
        }
        boolean y = false;
        boolean w = false;
        boolean h = false;
        boolean a = false;
        boolean i = false;
        boolean u = false;
        boolean e = false;
        boolean ai = false;
        boolean anusvara = false;
        char fin = 0;
        for (int k = start + 1; k < end; k++) {
            char c = s.charAt(k);
            switch (c) {
                case '\u103B', '\u103C' -> y = true;
                case '\u103D' -> w = true;
                case '\u103E' -> h = true;
                case '\u102B', '\u102C' -> a = true;
                case '\u102D', '\u102E' -> i = true;
                case '\u102F', '\u1030' -> u = true;
                case '\u1031' -> e = true;
                case '\u1032' -> ai = true;
                case '\u1036' -> anusvara = true;
                default -> {
                    if (isConsonant(c) && fin == 0) {
                        fin = c;
                    }
                }
            }
        }
        String initial = vowelLetter ? "" : onset(first, onset.toString(), y, h);
        if (vowelLetter) {
            // ဦး leading a name is the honorific U; after a syllable, the name Oo (Myat Htun Oo)
            return first == '\u1026' && !firstOfWord ? "oo" : vowelLetter(first);
        }
        String rhyme = rhyme(a, i, u, e, ai, anusvara, fin);
        if (w && !a && !i && !u && !e && !ai && (finalClass(fin) == 'n' || finalClass(fin) == 't')) {
            return initial + (finalClass(fin) == 'n' ? "un" : "ut"); // ွန် is un (ထွန်း, Htun), ွတ် ut
        }
        return (w && !initial.isEmpty() ? initial + "w" : initial) + rhyme;
    }

    private static String onset(char first, String plain, boolean y, boolean h) {
        if (h) {
            return switch (first) {
                case '\u101B', '\u101A' -> "sh"; // ရှ, ယှ
                case '\u101C' -> y ? "sh" : "hl"; // လျှ, လှ
                case '\u1019' -> y ? "hmy" : "hm";
                case '\u1014' -> "hn";
                case '\u1004' -> "hng";
                case '\u101D' -> "hw";
                case '\u100A' -> "hny";
                default -> plain + "h";
            };
        }
        if (y) {
            return switch (first) {
                case '\u1000' -> "ky";  // ကျ ကြ
                case '\u1001' -> "ch";  // ချ ခြ
                case '\u1002' -> "gy";  // ဂျ ဂြ
                case '\u101C' -> "ly";
                default -> plain + "y"; // မျ my, ပြ py, ဗျ by, ဖျ phy
            };
        }
        return plain;
    }

    private static String consonant(char c) {
        return switch (c) {
            case '\u1000' -> "k";
            case '\u1001' -> "kh";
            case '\u1002', '\u1003' -> "g";
            case '\u1004' -> "ng";
            case '\u1005', '\u1006' -> "s";
            case '\u1007', '\u1008' -> "z";
            case '\u1009', '\u100A' -> "ny";
            case '\u100B', '\u1010' -> "t";
            case '\u100C', '\u1011' -> "ht";
            case '\u100D', '\u100E', '\u1012', '\u1013' -> "d";
            case '\u100F', '\u1014' -> "n";
            case '\u1015' -> "p";
            case '\u1016' -> "ph";
            case '\u1017', '\u1018' -> "b";
            case '\u1019' -> "m";
            case '\u101A', '\u101B' -> "y";
            case '\u101C', '\u1020' -> "l";
            case '\u101D' -> "w";
            case '\u101E' -> "th";
            case '\u101F' -> "h";
            case '\u103F' -> "th";
            default -> ""; // အ carries a vowel
        };
    }

    private static String vowelLetter(char c) {
        return switch (c) {
            case '\u1023', '\u1024' -> "i";
            case '\u1025', '\u1026' -> "u"; // ဦး is the honorific U
            case '\u1027' -> "e";
            case '\u1029', '\u102A' -> "aw";
            default -> "";
        };
    }

    /** The final's class: k, ng, t (စ တ ပ), ny (ဉ ည), n (န မ), y (ယ). */
    private static char finalClass(char fin) {
        return switch (fin) {
            case '\u1000' -> 'k';
            case '\u1004' -> 'g';
            case '\u1005' -> 'c';
            case '\u1009', '\u100A' -> 'y';
            case '\u1010', '\u1015', '\u100B' -> 't';
            case '\u1014', '\u1019', '\u100F' -> 'n';
            case '\u101A' -> 'e';
            default -> fin == 0 ? 0 : 'o';
        };
    }

    private static String rhyme(boolean a, boolean i, boolean u, boolean e, boolean ai, boolean anusvara, char fin) {
        char f = anusvara && fin == 0 ? 'n' : finalClass(fin);
        if (e && a) { // ော
            return switch (f) {
                case 'k' -> "auk";
                case 'g' -> "aung";
                default -> "aw";
            };
        }
        if (i && u) { // ို
            return switch (f) {
                case 'k' -> "aik";
                case 'g' -> "aing";
                case 'n' -> "on";
                default -> "o";
            };
        }
        if (i) {
            return switch (f) {
                case 't', 'k' -> "eik";
                case 'n' -> "ein";
                case 'g' -> "in";
                default -> "i";
            };
        }
        if (u) {
            return switch (f) {
                case 't', 'k' -> "ok";
                case 'n' -> "on";
                case 'g' -> "ung";
                default -> "u";
            };
        }
        if (e || ai) {
            return "e";
        }
        return switch (f) {
            case 'k' -> "et";
            case 'g' -> "in";
            case 'c' -> "it";
            case 'y' -> "i";
            case 't' -> "at";
            case 'n' -> "an";
            case 'e' -> "e";
            default -> "a";
        };
    }
}
