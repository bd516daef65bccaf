package io.blackbox.engine.names;

/**
 * A Thai name word read as the Royal Thai General System spells names, rather than as ICU's letter-by-letter
 * rules write it (ทักษิณ ชินวัตร is Thaksin Shinawatra; ICU writes จ as c, the vowel carrier อ as x, keeps the
 * letters the thanthakhat silences, and parts a name into dictionary words: เวชชาชีวะ, "wech cha chiwa",
 * for Vejjajiva).
 */
final class ThaiNames {

    private static final char THANTHAKHAT = '\u0E4C';
    private static final char O_ANG = '\u0E2D';

    private ThaiNames() {
    }

    /**
     * Before transliteration: a word that starts with the vowel carrier อ and a consonant is given the vowel
     * a it is said with (อภิสิทธิ์, Abhisit); with {@code silentDropped}, the letters the thanthakhat silences are
     * left out, as Thai names are spelled (จันทร์, Chan), while a foreign name keeps them (ทรัมป์, Trump).
     */
    static String beforeTransliteration(String word, boolean silentDropped) {
        StringBuilder sb = new StringBuilder(word.length() + 1);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == THANTHAKHAT && !silentDropped) {
                continue;
            }
            if (c == THANTHAKHAT) {
                // the consonant it stands on is silent, with a vowel sign i or u written on it (ทธิ์ in อภิสิทธิ์)
                int end = sb.length();
                if (end > 0 && (sb.charAt(end - 1) == '\u0E34' || sb.charAt(end - 1) == '\u0E38')) {
                    end--;
                }
                if (end > 0 && isConsonant(sb.charAt(end - 1))) {
                    end--;
                }
                sb.setLength(end);
                continue;
            }
            sb.append(c);
            if (c == O_ANG && i == 0 && i + 1 < word.length() && isConsonant(word.charAt(i + 1))) {
                sb.append('\u0E30'); // sara a
            }
        }
        return sb.isEmpty() ? word : sb.toString();
    }

    /**
     * After transliteration: จ as ch; อ, which ICU writes x, as nothing where it carries a vowel and as the
     * vowel o it writes after a consonant (จอน, chon); the word in one piece.
     */
    static String afterTransliteration(String latin) {
        StringBuilder sb = new StringBuilder(latin.length() + 4);
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c == 'c' && (i + 1 >= latin.length() || latin.charAt(i + 1) != 'h')) {
                sb.append("ch");
            } else if (c == 'x') {
                char next = i + 1 < latin.length() ? latin.charAt(i + 1) : ' ';
                if ("aeiouy".indexOf(next) < 0 && next != ' ') {
                    sb.append('o');
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

}
