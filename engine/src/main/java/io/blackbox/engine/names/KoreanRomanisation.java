package io.blackbox.engine.names;

/**
 * Brings the ways Korean names are written in Latin letters to one spelling for comparison. Hangul is read
 * here by one systematic scheme (김정은 "kim jeongeun"), while lists and passports use McCune-Reischauer
 * ("Kim Jong Un", "Ch'oe Ryong Hae"), the Revised Romanization ("Jeong-eun") or habit ("Young", "Sung",
 * "Soo", "Hee"). The schemes differ in how they write the vowels between o and u (eo, o, u, ou, oo) and a
 * few others (eu, ae, ui, ee, oe, oi), whether a consonant is written voiced or not (g and k, d and t, b
 * and p, j and ch, r and l), and whether aspiration is marked (kh, th, ph). Folding those away leaves the
 * syllables, so that a difference left over is another syllable. The folding loses the contrast of o and
 * u, which Korean names seldom rest on.
 */
public final class KoreanRomanisation {
    private KoreanRomanisation() {
    }

    /**
     * One or more Korean syllables as the schemes above write them: an initial consonant or none, a vowel,
     * a final consonant or none (jong, un, hyon, dongjin, yongwon, kun). Most foreign names cannot be cut
     * so (Rainer has an r at its end, Mitch a tch, Lucci a c).
     */
    private static final java.util.regex.Pattern SYLLABLES = java.util.regex.Pattern.compile(
            "(?:(?:kk|tt|pp|ss|jj|ch|kh|th|ph|sh|g|k|n|d|t|r|l|m|b|p|s|j|h)?"
                    + "(?:yae|yeo|wae|ae|ya|eo|ye|yo|wa|oe|oi|wo|we|wi|yu|eu|ui|oo|ou|ee|a|e|i|o|u)"
                    + "(?:ng|n|m|l|k|t|p|g|b|d)?)+");

    /** True when a lower-case ASCII word can be read as Korean syllables in one of the schemes above. */
    public static boolean isSyllables(String s) {
        return SYLLABLES.matcher(s).matches();
    }

    /** The folded spelling of a lower-case ASCII token. */
    public static String fold(String s) {
        String v = s.replace("kh", "k").replace("th", "t").replace("ph", "p")
                .replace("oi", "we").replace("oe", "we")
                .replace("yeo", "yo").replace("eo", "o").replace("eu", "u").replace("ou", "o").replace("oo", "u")
                .replace("ae", "e").replace("ui", "i").replace("ee", "i")
                .replace('o', 'u')
                .replace("ch", "j").replace("sh", "s");
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            b.append(switch (c) {
                case 'g' -> i > 0 && v.charAt(i - 1) == 'n' ? 'g' : 'k'; // ng is one sound in every scheme
                case 'd' -> 't';
                case 'b' -> 'p';
                case 'r' -> 'l';
                default -> c;
            });
        }
        return b.toString();
    }
}
