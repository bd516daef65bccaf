package io.blackbox.engine.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Korean personal names written in Han characters (hanja) read as Koreans read them: 金正恩 is 김정은, Kim
 * Jong Un, where the Chinese reading is Jin Zhengen. The readings come from the Unihan database
 * ({@code han-hangul.tsv.gz}, see its SOURCE file). Only names shaped like a Korean name are read: one word
 * of two or three characters, the first a Korean surname.
 */
final class HanKoreanReadings {
    private static final String RESOURCE = "han-hangul.tsv.gz";

    private HanKoreanReadings() {
    }

    private static final class Table {
        static final Map<Integer, String[]> READINGS = load();
    }

    /**
     * The name in Hangul, or null when it is not one word of two or three Han characters starting with a
     * character that reads as a Korean surname. Korean names in Han characters are written as one word
     * (金正恩); Chinese names written with a space are not read as Korean.
     */
    static String koreanName(String name) {
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length < 2 || chars.length > 3) {
            return null;
        }
        for (int cp : chars) {
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return null;
            }
        }
        String surname = surname(Table.READINGS.get(chars[0]));
        if (surname == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(surname);
        for (int i = 1; i < chars.length; i++) {
            String[] r = Table.READINGS.get(chars[i]);
            if (r == null) {
                return null;
            }
            b.append(r[0]);
        }
        return b.toString();
    }

    /**
     * The reading of a character as a surname; where it has several, the commoner surname (金 is 김 as a
     * name, 금 as a word; 李 is 이 in the South, 리 in the North).
     */
    private static String surname(String[] readings) {
        if (readings == null) {
            return null;
        }
        String found = null;
        for (String r : readings) {
            if (KoreanSurnames.rank(r) < (found == null ? Integer.MAX_VALUE : KoreanSurnames.rank(found))) {
                found = r;
            }
        }
        return found;
    }

    private static Map<Integer, String[]> load() {
        Map<Integer, String[]> m = new HashMap<>(12_000);
        try (InputStream in = HanKoreanReadings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    m.put(line.codePointAt(0), line.substring(tab + 1).split(" "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
