package io.blackbox.engine.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latin letters for the scripts that ICU's any-script transliterator leaves as they are (Khmer, Lao, Sinhala,
 * Tibetan, N'Ko, Tifinagh, Cherokee, Javanese and others), so that a name written in one of them is read,
 * compared and found rather than refused for having no letters.
 *
 * <p>Khmer, Lao and Sinhala are read from a table ({@code unlisted-scripts.tsv}) with their vowel rules:
 * a consonant carries the script's inherent vowel unless a vowel sign or a silencing sign follows it, and
 * Lao vowels written before their consonant are read after it. Khmer says its inherent vowel and some vowel
 * signs by the series of the consonant (ក ka, គ ko; កា ka, ជា chea), which two signs move and which a
 * sonorant under another consonant takes from it. Every other script is read from the
 * Unicode names of its characters ("TIBETAN LETTER KA" is ka, "CHEROKEE LETTER TSA" tsa), a vowel sign
 * named by its vowel replacing the vowel of the letter before it; rough, but the same name in the same
 * script always reads the same, and a name's consonants mostly survive.
 */
final class UnlistedScripts {

    private static final String RESOURCE = "unlisted-scripts.tsv";
    private static final char KHMER_COENG = '\u17D2';
    /** ង ញ ន ម យ រ ល វ: written under another consonant, they take its series. */
    private static final String KHMER_SONORANTS = "\u1784\u1789\u1793\u1798\u1799\u179A\u179B\u179C";

    private enum Kind { CONSONANT, VOWEL_SIGN, VOWEL_BEFORE, VOWEL, SILENCER, AFTER_VOWEL, SILENT, FIRST_SERIES,
        SECOND_SERIES }

    private enum Inherent { ALWAYS, MEDIAL, NONE }

    /**
     * A character of a table: its Latin after a consonant of the first series and of the second (the same but
     * in Khmer, whose vowels are said by the series of their consonant), and for a consonant, its series.
     */
    private record Letter(String latin, String latin2, Kind kind, boolean secondSeries, Script script) {
        String latin(boolean second) {
            return second ? latin2 : latin;
        }
    }

    private record Script(String name, String vowel, String vowel2, Inherent rule) {
        String vowel(boolean second) {
            return second ? vowel2 : vowel;
        }
    }

    private static final Map<Integer, Letter> TABLE = load();

    /** A letter, syllable or vowel sign named by the sounds it writes. */
    private static final Pattern NAMED = Pattern.compile(
            "(?:LETTER|SYLLABLE|SYLLABICS|VOWEL SIGN|VOWEL)(?: (?:SMALL|CAPITAL|FINAL|SUBJOINED|MEDIAL|INITIAL|"
                    + "INDEPENDENT|SIGN|FIXED-FORM|RETROFLEX|LONG|SHORT))* ([A-Z]{1,8})(?: |$)");
    /** Vowel signs named in their own language (Javanese, Balinese, Sundanese), by the vowel they write. */
    private static final Map<String, String> NAMED_VOWELS = Map.of("wulu", "i", "ulu", "i", "suku", "u",
            "taling", "e", "pepet", "e", "panghulu", "i", "panyuku", "u", "paneleng", "e", "panolong", "o",
            "tarung", "o");
    private static final Pattern VOWELS_ONLY = Pattern.compile("[aeiouy]+");
    private static final Set<String> SILENCERS = Set.of("VIRAMA", "KILLER", "PANGKON", "ASAT", "HALANT", "COENG",
            "AL-LAKUNA", "SUKUN", "PAMAAEH", "ADEG", "HASANTA", "SRAKAN");

    private UnlistedScripts() {
    }

    /**
     * True when the code point is a letter or mark of a script other than Latin: in the any-script
     * transliterator's output, of a script it has no rules for.
     */
    static boolean isUnlisted(int cp) {
        if (cp < 0x0370) {
            return false;
        }
        int script = UScript.getScript(cp);
        return script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED
                && script != UScript.UNKNOWN && (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK);
    }

    /** True when the text has a letter that {@link #romanize} would read, or a digit of another script. */
    static boolean hasUnlisted(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isUnlisted(cp) || cp >= 0x0370 && Character.isDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The text with every run of letters in an untransliterated script read in Latin letters; other
     * characters are kept as they are. Digits of any script become ASCII digits; a sign that only
     * separates syllables or marks tone is dropped.
     */
    static String romanize(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        Reader reader = new Reader(out);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnlisted(cp)) {
                reader.read(cp);
            } else {
                reader.endWord();
                int digit = Character.isDigit(cp) && cp >= 0x0370 ? Character.digit(cp, 10) : -1;
                if (digit >= 0) {
                    out.append((char) ('0' + digit));
                } else if (cp >= 0x0370 && !Character.isLetter(cp) && UScript.getScript(cp) != UScript.COMMON
                        && UScript.getScript(cp) != UScript.INHERITED) {
                    // a script's own punctuation (Khmer khan, Tibetan shad) parts words; its joiners do not
                    if (Character.isWhitespace(cp) || Character.getType(cp) != Character.OTHER_PUNCTUATION
                            || UCharacter.getName(cp) == null || !UCharacter.getName(cp).contains("TSHEG")) {
                        out.append(' ');
                    }
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
        reader.endWord();
        return out.toString();
    }

    /** Reads one word at a time, keeping the vowel a consonant is owed until what follows settles it. */
    private static final class Reader {
        private final StringBuilder out;
        /** The script of the consonant whose vowel is not settled yet, or null. */
        private Script owed;
        /** Whether the last consonant is of Khmer's second series. */
        private boolean second;
        /** Whether the word has a vowel written or said so far. */
        private boolean wordHasVowel;
        /** The series of a Khmer consonant with the coeng after it, while the consonant under it is to come. */
        private Boolean headSecond;
        /** Whether that consonant follows a vowel, and so may close its syllable. */
        private boolean owedAfterVowel;
        /** Whether the last sound written was a vowel. */
        private boolean afterVowel;
        /** A vowel written before the consonant it is said after (Lao), waiting for that consonant. */
        private String vowelBefore;
        /** Where the last letter read from its Unicode name starts in the output, or -1. */
        private int namedStart = -1;

        Reader(StringBuilder out) {
            this.out = out;
        }

        void read(int cp) {
            Letter letter = TABLE.get(cp);
            if (letter == null) {
                readNamed(cp);
                return;
            }
            namedStart = -1;
            switch (letter.kind()) {
                case CONSONANT -> {
                    if (letter.latin().isEmpty() && owed != null && owed.rule() == Inherent.NONE) {
                        // the Lao vowel carrier after a consonant without a vowel writes the vowel o (ສອນ, son)
                        owed = null;
                        out.append('o');
                        afterVowel = true;
                        wordHasVowel = true;
                        return;
                    }
                    settle(false);
                    out.append(letter.latin());
                    owed = letter.script();
                    // a sonorant written under a consonant keeps the series of the one above it (ក្រ, kra)
                    second = headSecond != null && KHMER_SONORANTS.indexOf(cp) >= 0 ? headSecond : letter.secondSeries();
                    headSecond = null;
                    owedAfterVowel = afterVowel;
                    afterVowel = false;
                    if (vowelBefore != null) {
                        out.append(vowelBefore);
                        vowelBefore = null;
                        owed = null;
                        afterVowel = true;
                        wordHasVowel = true;
                    }
                }
                case VOWEL_SIGN, VOWEL -> {
                    owed = null;
                    out.append(letter.latin(second));
                    afterVowel = true;
                    wordHasVowel = true;
                }
                case FIRST_SERIES -> second = false;
                case SECOND_SERIES -> second = true;
                case VOWEL_BEFORE -> {
                    settle(false);
                    vowelBefore = letter.latin();
                }
                case SILENCER -> {
                    owed = null;
                    headSecond = cp == KHMER_COENG ? second : null;
                }
                case AFTER_VOWEL -> {
                    settle(false);
                    out.append(letter.latin());
                    afterVowel = false;
                }
                case SILENT -> { }
            }
        }

        /** Writes the inherent vowel owed, if the script's rule says it is said. */
        private void settle(boolean wordEnd) {
            if (owed == null) {
                return;
            }
            boolean said = switch (owed.rule()) {
                case ALWAYS -> true;
                // a word's last consonant closes its syllable, unless the word has no other sound (ស, Sar)
                case MEDIAL -> wordEnd ? !wordHasVowel : !owedAfterVowel;
                case NONE -> false;
            };
            if (said) {
                out.append(owed.vowel(second));
                afterVowel = true;
                wordHasVowel = true;
            }
            owed = null;
        }

        void endWord() {
            settle(true);
            if (vowelBefore != null) {
                out.append(vowelBefore);
                vowelBefore = null;
            }
            afterVowel = false;
            wordHasVowel = false;
            second = false;
            headSecond = null;
            namedStart = -1;
        }

        /** A letter of a script without a table, read from its Unicode name. */
        private void readNamed(int cp) {
            settle(false);
            String name = UCharacter.getName(cp);
            if (name == null) {
                return;
            }
            for (String silencer : SILENCERS) {
                if (name.contains(silencer)) {
                    dropNamedVowel();
                    return;
                }
            }
            Matcher m = NAMED.matcher(name);
            if (!m.find()) {
                return; // a tone mark, a sign of emphasis: no sound of its own in a name
            }
            String latin = m.group(1).toLowerCase(Locale.ROOT);
            if (name.startsWith("TIFINAGH LETTER ")) {
                // Tifinagh names its consonants ya- and its vowels y-: YAT is t, YI is i
                latin = latin.length() == 2 ? latin.substring(1) : latin.startsWith("ya") ? latin.substring(2) : latin;
            }
            if (name.contains("SUBJOINED")) {
                dropNamedVowel(); // a letter written under another one follows it with no vowel between
            }
            boolean vowelSign = name.contains("VOWEL SIGN");
            if (vowelSign) {
                latin = NAMED_VOWELS.getOrDefault(latin, latin);
            }
            if (vowelSign || (namedStart >= 0 && VOWELS_ONLY.matcher(latin).matches() && !name.contains("INDEPENDENT"))) {
                if (!VOWELS_ONLY.matcher(latin).matches()) {
                    return; // a vowel sign named in its own language (Javanese wulu): left unread
                }
                dropNamedVowel();
                out.append(latin);
                namedStart = -1;
                return;
            }
            if (latin.length() > 5) {
                return; // a longer word names the sign, not its sound
            }
            namedStart = out.length();
            out.append(latin);
        }

        /** Takes the vowel off the end of the letter read last from its name (ka before a vowel sign i). */
        private void dropNamedVowel() {
            if (namedStart < 0) {
                return;
            }
            int end = out.length();
            while (end > namedStart + 1 && "aeiou".indexOf(out.charAt(end - 1)) >= 0) {
                end--;
            }
            out.setLength(end);
            namedStart = -1;
        }
    }

    private static Map<Integer, Letter> load() {
        Map<Integer, Letter> table = new HashMap<>();
        try (InputStream in = UnlistedScripts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Script script = null;
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[0].equals("script")) {
                    String[] vowels = f[2].split("\\|", -1);
                    script = new Script(f[1], vowels[0], vowels[vowels.length - 1],
                            Inherent.valueOf(f[3].toUpperCase(Locale.ROOT)));
                    continue;
                }
                if (script == null || f.length < 3) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected a script line first");
                }
                Kind kind = switch (f[2]) {
                    case "C", "C2" -> Kind.CONSONANT;
                    case "S1" -> Kind.FIRST_SERIES;
                    case "S2" -> Kind.SECOND_SERIES;
                    case "V" -> Kind.VOWEL_SIGN;
                    case "P" -> Kind.VOWEL_BEFORE;
                    case "I" -> Kind.VOWEL;
                    case "K" -> Kind.SILENCER;
                    case "M" -> Kind.AFTER_VOWEL;
                    case "X" -> Kind.SILENT;
                    default -> throw new IllegalStateException(RESOURCE + " line " + lineNo + ": kind " + f[2]);
                };
                String[] latin = f[1].split("\\|", -1);
                table.put(Integer.parseInt(f[0], 16),
                        new Letter(latin[0], latin[latin.length - 1], kind, f[2].equals("C2"), script));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
