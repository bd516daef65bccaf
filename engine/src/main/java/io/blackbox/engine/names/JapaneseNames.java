package io.blackbox.engine.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Japanese names written in Han characters (kanji) read as Japanese reads them: 山田太郎 is Yamada Taro, where
 * the Chinese reading is Shan Tian Tai Lang. Kanji have several readings and names use their own, so the
 * readings are those of whole surnames and given names, from EDRDG's name dictionary
 * ({@code japanese-names.tsv.gz}, see its SOURCE file), the likeliest first.
 *
 * <p>A name is read when each of its runs of Han characters is a surname or given name there, or, as Japanese
 * writes a person's name without a space (山田太郎), a surname followed by a given name. Kana in the name are
 * kept as they are; a name with letters of any other script is not read. Chinese and Japanese names share
 * their characters, and Chinese surnames are nearly all one character: a name in Han characters alone is
 * read only when it holds a surname of two characters or more (山田, 佐々木), as nearly every Japanese one
 * does.
 */
final class JapaneseNames {
    private static final String RESOURCE = "japanese-names.tsv.gz";
    /**
     * The weight of every reading but the likeliest ({@link NormalizedName#weight}): 山田太郎 read Yamata Taro
     * is still a match for it, but scores below Yamada Taro.
     */
    static final double LESS_USUAL_READING = 0.9;
    /** At most this many readings of one name. */
    static final int MAX_READINGS = 12;
    /** At most this many ways of reading one run of Han characters. */
    private static final int MAX_RUN_READINGS = 8;
    /** Runs longer than this are not read: no Japanese person's name is that long. */
    private static final int MAX_RUN = 8;
    /** Names of more runs of Han characters than this are not read (a person's name has one to three). */
    private static final int MAX_RUNS = 4;

    private static final int SURNAME = 1;
    private static final int GIVEN = 2;
    /** A name the dictionary does not say is a surname or a given name: taken for either. */
    private static final int EITHER = 4;
    /** A character read alone is read only by readings of this many letters or more (Hiroshi, not Ko). */
    private static final int MIN_SINGLE_READING = 3;

    private JapaneseNames() {
    }

    /**
     * The table, held compactly: the written names sorted, in one string with their starts, and their
     * readings, in one string of space-separated readings with their starts. Some 280,000 names.
     */
    private static final class Table {
        static final Table INSTANCE = load();

        final String keys;
        final int[] keyStart;
        final byte[] kinds;
        final String readings;
        final int[] readingStart;

        Table(String keys, int[] keyStart, byte[] kinds, String readings, int[] readingStart) {
            this.keys = keys;
            this.keyStart = keyStart;
            this.kinds = kinds;
            this.readings = readings;
            this.readingStart = readingStart;
        }

        int size() {
            return kinds.length;
        }

        /** The index of a written name, or -1. */
        int find(String key) {
            int lo = 0;
            int hi = size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compare(mid, key);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        private int compare(int i, String key) {
            int from = keyStart[i];
            int n = keyStart[i + 1] - from;
            int m = Math.min(n, key.length());
            for (int k = 0; k < m; k++) {
                int d = keys.charAt(from + k) - key.charAt(k);
                if (d != 0) {
                    return d;
                }
            }
            return n - key.length();
        }

        List<String> readings(int i) {
            return Arrays.asList(readings.substring(readingStart[i], readingStart[i + 1]).split(" "));
        }
    }

    /**
     * The name's Japanese readings, the likeliest first, at most {@value #MAX_READINGS}; each the name with its
     * runs of Han characters replaced by their reading in Latin letters, a surname and given name written
     * together parted by a space ("山田太郎" is "yamada taro"). Empty when the name has no Han character, has
     * letters of a script other than Han and kana, a run of Han characters that is not read as a name, or
     * neither kana nor a surname of two characters or more.
     */
    static List<String> readings(String name) {
        List<String> parts = new ArrayList<>();
        List<List<String>> choices = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        StringBuilder other = new StringBuilder();
        boolean han = false;
        boolean japanese = false;
        for (int i = 0; i <= name.length(); ) {
            int cp = i < name.length() ? name.codePointAt(i) : -1;
            boolean isHan = cp >= 0 && (cp == '々' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            if (isHan) {
                if (!other.isEmpty()) {
                    parts.add(other.toString());
                    choices.add(null);
                    other.setLength(0);
                }
                run.appendCodePoint(cp);
                han = true;
            } else {
                if (!run.isEmpty()) {
                    Run read = readRun(run.toString());
                    if (read == null) {
                        return List.of();
                    }
                    japanese |= read.surname;
                    parts.add(null);
                    choices.add(read.readings);
                    run.setLength(0);
                }
                if (cp < 0) {
                    break;
                }
                if (Character.isLetter(cp) && !isKana(cp)) {
                    return List.of();
                }
                japanese |= isKana(cp);
                other.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        if (!other.isEmpty()) {
            parts.add(other.toString());
            choices.add(null);
        }
        long runs = choices.stream().filter(c -> c != null).count();
        return han && japanese && runs <= MAX_RUNS ? combine(parts, choices) : List.of();
    }

    /** The whole names made of one choice of reading for each run, the likeliest (lowest ranks) first. */
    private static List<String> combine(List<String> parts, List<List<String>> choices) {
        List<int[]> picks = new ArrayList<>();
        int[] pick = new int[parts.size()];
        enumerate(choices, 0, pick, picks);
        picks.sort(Comparator.comparingInt(p -> Arrays.stream(p).sum()));
        List<String> out = new ArrayList<>(Math.min(picks.size(), MAX_READINGS));
        for (int[] p : picks.subList(0, Math.min(picks.size(), MAX_READINGS))) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                if (choices.get(i) == null) {
                    b.append(parts.get(i));
                } else {
                    // a word of its own, also before kana (山田はなこ, "yamada hanako")
                    b.append(' ').append(choices.get(i).get(p[i])).append(' ');
                }
            }
            out.add(b.toString().strip().replaceAll(" {2,}", " "));
        }
        return out;
    }

    private static void enumerate(List<List<String>> choices, int i, int[] pick, List<int[]> out) {
        if (i == choices.size()) {
            out.add(pick.clone());
            return;
        }
        int n = choices.get(i) == null ? 1 : choices.get(i).size();
        for (int k = 0; k < n; k++) {
            pick[i] = k;
            enumerate(choices, i + 1, pick, out);
        }
    }

    /**
     * The readings of a run of Han characters, and whether it holds a surname of two or more characters that
     * the dictionary calls a surname.
     */
    record Run(List<String> readings, boolean surname) {
    }

    /**
     * The readings of one run of Han characters: as one name when the table has it, else, for a run of three
     * characters or more, as a surname and a given name written together (the split with a two-character
     * surname first, the commonest); null when neither. A character read alone is read only by its readings
     * of {@value #MIN_SINGLE_READING} letters or more: its short readings are those of Chinese characters
     * (李 Ri, 王 O), and Chinese names share the characters.
     */
    static Run readRun(String run) {
        int length = run.codePointCount(0, run.length());
        if (length > MAX_RUN) {
            return null;
        }
        Table t = Table.INSTANCE;
        int whole = t.find(run);
        if (whole >= 0) {
            List<String> r = readingsOf(t, whole, length);
            return r.isEmpty() ? null : new Run(r, length >= 2 && (t.kinds[whole] & SURNAME) != 0);
        }
        if (length < 3) {
            return null;
        }
        int[] cps = run.codePoints().toArray();
        Integer[] splits = new Integer[length - 1];
        for (int i = 0; i < splits.length; i++) {
            splits[i] = i + 1;
        }
        Arrays.sort(splits, Comparator.comparingInt(s -> Math.abs(s - 2)));
        List<String> out = new ArrayList<>();
        boolean surname = false;
        for (int split : splits) {
            int family = t.find(new String(cps, 0, split));
            int given = t.find(new String(cps, split, length - split));
            if (family < 0 || given < 0 || (t.kinds[family] & (SURNAME | EITHER)) == 0
                    || (t.kinds[given] & (GIVEN | EITHER)) == 0) {
                continue;
            }
            List<String> first = readingsOf(t, family, split);
            List<String> second = readingsOf(t, given, length - split);
            List<int[]> pairs = new ArrayList<>();
            for (int a = 0; a < first.size(); a++) {
                for (int b = 0; b < second.size(); b++) {
                    pairs.add(new int[]{a, b});
                }
            }
            pairs.sort(Comparator.comparingInt(p -> p[0] + p[1]));
            for (int[] p : pairs) {
                if (out.size() < MAX_RUN_READINGS) {
                    out.add(first.get(p[0]) + " " + second.get(p[1]));
                }
            }
            surname |= !pairs.isEmpty() && split >= 2 && (t.kinds[family] & SURNAME) != 0;
        }
        return out.isEmpty() ? null : new Run(out, surname);
    }

    private static List<String> readingsOf(Table t, int i, int length) {
        List<String> r = t.readings(i);
        if (length == 1) {
            r = r.stream().filter(x -> x.length() >= MIN_SINGLE_READING).toList();
        }
        return r.subList(0, Math.min(r.size(), MAX_RUN_READINGS));
    }

    private static boolean isKana(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA || cp == 'ー';
    }

    private static Table load() {
        StringBuilder keys = new StringBuilder(700_000);
        StringBuilder readings = new StringBuilder(2_500_000);
        int[] keyStart = new int[300_000];
        int[] readingStart = new int[300_000];
        byte[] kinds = new byte[300_000];
        int n = 0;
        try (InputStream in = JapaneseNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                int tab2 = line.indexOf('\t', tab + 1);
                if (tab <= 0 || tab2 < 0) {
                    continue;
                }
                if (n + 1 >= keyStart.length) {
                    keyStart = Arrays.copyOf(keyStart, keyStart.length * 2);
                    readingStart = Arrays.copyOf(readingStart, readingStart.length * 2);
                    kinds = Arrays.copyOf(kinds, kinds.length * 2);
                }
                keyStart[n] = keys.length();
                readingStart[n] = readings.length();
                keys.append(line, 0, tab);
                String kind = line.substring(tab + 1, tab2);
                kinds[n] = (byte) ((kind.indexOf('s') >= 0 ? SURNAME : 0) | (kind.indexOf('g') >= 0 ? GIVEN : 0)
                        | (kind.indexOf('u') >= 0 ? EITHER : 0));
                readings.append(line, tab2 + 1, line.length());
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keyStart[n] = keys.length();
        readingStart[n] = readings.length();
        return new Table(keys.toString(), Arrays.copyOf(keyStart, n + 1), Arrays.copyOf(kinds, n),
                readings.toString(), Arrays.copyOf(readingStart, n + 1));
    }
}
