package io.blackbox.engine.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Foreign names written in Han characters, syllable by syllable (弗拉基米尔·普京 is Vladimir Putin, read
 * "fu la ji mi er pu jing"). Chinese writes them with a set of characters chosen for their sound
 * ({@code han-transcription.txt}, see its SOURCE file); a name whose every word is two or more of those
 * characters may be one, and is then also compared by the consonants its syllables are heard with
 * ({@link Transcription}).
 */
final class HanTranscription {
    private static final String RESOURCE = "han-transcription.txt";
    /** The dots that part the words of a foreign name written in Han (弗拉基米尔·普京): ·, ・, ‧ and •. */
    static final String MIDDLE_DOTS = "\u00B7\u30FB\u2027\u2022";

    private HanTranscription() {
    }

    private static final class Table {
        static final BitSet CHARACTERS = load();
    }

    /**
     * The words of a name that may transcribe a foreign name, each as lists of its characters; null when the
     * name holds anything but Han characters and separators (spaces, the middle dots · and ・, hyphens), a
     * word of one character (李, a surname), or a character not used for transcription.
     */
    static List<int[]> words(String name) {
        List<int[]> words = new ArrayList<>(3);
        List<Integer> word = new ArrayList<>(8);
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i <= cps.length; i++) {
            int cp = i < cps.length ? cps[i] : ' ';
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                if (!Table.CHARACTERS.get(cp)) {
                    return null;
                }
                word.add(cp);
            } else if (Character.isWhitespace(cp) || MIDDLE_DOTS.indexOf(cp) >= 0 || cp == '-' || cp == '\u2010'
                    || cp == '\uFF0E' || cp == '.') {
                if (word.size() == 1) {
                    return null;
                }
                if (!word.isEmpty()) {
                    words.add(word.stream().mapToInt(Integer::intValue).toArray());
                    word.clear();
                }
            } else {
                return null;
            }
        }
        return words.isEmpty() ? null : words;
    }

    /**
     * One pinyin syllable as a transcription writes it: a final ng is heard as n (林 "lin" or "ling" writes
     * Lin, Lyn and Ling alike).
     */
    static String syllable(String pinyin) {
        return pinyin.endsWith("ng") ? pinyin.substring(0, pinyin.length() - 1) : pinyin;
    }

    private static BitSet load() {
        BitSet set = new BitSet(0x30000);
        try (InputStream in = HanTranscription.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    line.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(set::set);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
