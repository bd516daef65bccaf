package io.blackbox.engine.names;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Latin name written with the letters of Central and Eastern European alphabets, spelled as an English
 * list spells it: Lukašenka as Lukashenka rather than the accent-stripped Lukasenka, Łukaszenka as
 * Lukashenka, and a Latvian or Lithuanian name without the nominative ending those languages add to every
 * man's name, foreign ones too (Mičs Makonels, Mitch McConnell; Aliaksandras, Aliaksandr).
 *
 * <ul>
 *   <li>č ć ç are ch, š ś ş sh, ž ź ż zh;</li>
 *   <li>in a name with a letter only Polish has (ł ś ć ź ż ń ą ę), or with sz or cz, sz is sh, cz ch and rz zh
 *   (Baszszar, Bashshar);</li>
 *   <li>in a name with a letter of Latvian or Lithuanian (ā ē ī ū ģ ķ ļ ņ ė į ų, or č š ž), a word ending in a
 *   consonant and -as, -is, -us, -ys or -s loses the ending.</li>
 * </ul>
 */
final class SpokenLatin {

    private static final Pattern BALTIC_ENDING = Pattern.compile("(?<=[^\\W\\daeiouy])(?:[aiuy]s|s)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private SpokenLatin() {
    }

    /** The name spelled so, or null when it has none of those letters. */
    static String spoken(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        boolean any = false;
        boolean polish = false;
        boolean baltic = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            switch (c) {
                case 'č', 'š', 'ž' -> {
                    any = true;
                    baltic = true;
                }
                case 'ć', 'ś', 'ź', 'ż' -> {
                    any = true;
                    polish = true;
                }
                case 'ł', 'ń', 'ą', 'ę' -> polish = true;
                case 'ç', 'ş' -> any = true;
                case 'ā', 'ē', 'ī', 'ū', 'ģ', 'ķ', 'ļ', 'ņ', 'ė', 'į', 'ų' -> baltic = true;
                default -> { }
            }
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        polish |= lower.contains("sz") || lower.contains("cz");
        if (!any && !polish && !baltic) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean upper = Character.isUpperCase(c);
            String spelled = switch (Character.toLowerCase(c)) {
                case 'č', 'ć', 'ç' -> "ch";
                case 'š', 'ś', 'ş' -> "sh";
                case 'ž', 'ź', 'ż' -> "zh";
                default -> null;
            };
            if (spelled == null) {
                sb.append(c);
            } else {
                sb.append(upper ? Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1) : spelled);
            }
        }
        String out = sb.toString();
        if (polish) {
            out = out.replace("sz", "sh").replace("Sz", "Sh").replace("SZ", "SH")
                    .replace("cz", "ch").replace("Cz", "Ch").replace("CZ", "CH")
                    .replace("rz", "zh").replace("Rz", "Zh").replace("RZ", "ZH");
        }
        if (baltic) {
            StringBuilder words = new StringBuilder(out.length());
            Matcher m = WORD.matcher(out);
            int last = 0;
            while (m.find()) {
                words.append(out, last, m.start());
                String word = m.group();
                Matcher ending = BALTIC_ENDING.matcher(word.toLowerCase(java.util.Locale.ROOT));
                if (word.length() >= 4 && ending.find() && ending.end() == word.length()
                        && ending.start() >= 3) {
                    word = word.substring(0, ending.start());
                }
                words.append(word);
                last = m.end();
            }
            words.append(out, last, out.length());
            out = words.toString();
        }
        return out.equals(name) ? null : out;
    }
}
