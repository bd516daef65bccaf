package io.blackbox.bench.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the engine's packaged {@code japanese-names.tsv.gz}: how the Han characters of Japanese surnames and
 * given names are read, from EDRDG's ENAMDICT (names) and KANJIDIC (the readings of each character), both in
 * EUC-JP as Debian's packages enamdict and kanjidic ship them.
 *
 * <p>One line per written name: the name in Han characters, a tab, what it is ({@code s} a surname, {@code g}
 * a given name, {@code u} a name the dictionary does not say which, or several letters), a tab, and its
 * readings in Hepburn without long vowels (Tarou and Tarō are "taro", as passports and lists write it),
 * separated by spaces. Names of one to four characters. At most {@value #MAX_READINGS} readings a name, the
 * likeliest first: how many persons in ENAMDICT's list of persons (whole names of up to eight characters)
 * bear that reading of the name, then whether the reading is made of the characters' own readings
 * (KANJIDIC, allowing the voicing and doubling that joining brings: 山田 yama + ta is "yamada"), then the
 * dictionary's order. A reading that no person bears and that the characters' own readings do not make
 * (花子 read Amii) is kept only when the name has no other.
 *
 * <p>Usage: {@code JapaneseNameTable <enamdict> <kanjidic> <output.tsv.gz>}
 */
public final class JapaneseNameTable {
    static final int MAX_READINGS = 4;
    private static final int MAX_NAME_LENGTH = 4;
    private static final int MAX_PERSON_LENGTH = 8;
    private static final Charset EUC_JP = Charset.forName("EUC-JP");

    private JapaneseNameTable() {
    }

    /** One reading of a written name, as the dictionary gives it. */
    private static final class Reading {
        final String kana;
        final String romaji;
        final Set<Character> kinds = new LinkedHashSet<>();
        int people;
        boolean regular;

        Reading(String kana, String romaji) {
            this.kana = kana;
            this.romaji = romaji;
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, Reading>> names = new HashMap<>();
        List<String[]> persons = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), EUC_JP)) {
            int open = line.indexOf(" [");
            int close = line.indexOf("] /(");
            if (open <= 0 || close < open) {
                continue;
            }
            String key = line.substring(0, open);
            String kana = line.substring(open + 2, close);
            if (!allHan(key)) {
                continue;
            }
            Set<Character> kinds = new LinkedHashSet<>();
            String romaji = null;
            for (String sense : line.substring(close + 2).split("/")) {
                if (!sense.startsWith("(")) {
                    continue;
                }
                int end = sense.indexOf(')');
                for (String tag : sense.substring(1, end).split(",")) {
                    switch (tag) {
                        case "s" -> kinds.add('s');
                        case "g", "m", "f" -> kinds.add('g');
                        case "u" -> kinds.add('u');
                        case "h" -> kinds.add('h');
                        default -> {
                        }
                    }
                }
                if (romaji == null) {
                    romaji = sense.substring(end + 1).strip();
                }
            }
            if (kinds.isEmpty() || romaji == null) {
                continue;
            }
            int length = key.codePointCount(0, key.length());
            if (kinds.remove('h') && length <= MAX_PERSON_LENGTH) {
                persons.add(new String[]{key, kana});
            }
            // a person's whole name is not kept: it counts its parts, and is read by them
            String folded = word(romaji);
            if (kinds.isEmpty() || length > MAX_NAME_LENGTH || folded == null) {
                continue;
            }
            Reading r = names.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(kana, k -> new Reading(kana, folded));
            r.kinds.addAll(kinds);
        }
        countPeople(names, persons);
        Map<Integer, List<String>> characters = characterReadings(Path.of(args[1]));
        for (Map.Entry<String, Map<String, Reading>> e : names.entrySet()) {
            for (Reading r : e.getValue().values()) {
                r.regular = regular(e.getKey().codePoints().toArray(), 0, r.kana, 0, characters);
            }
        }
        write(names, Path.of(args[2]));
    }

    /**
     * Counts, for each reading of a surname or given name, the persons in ENAMDICT whose whole name is that
     * surname then a given name, read so.
     */
    private static void countPeople(Map<String, Map<String, Reading>> names, List<String[]> persons) {
        for (String[] p : persons) {
            int[] cps = p[0].codePoints().toArray();
            for (int split = 1; split < cps.length; split++) {
                Map<String, Reading> first = names.get(new String(cps, 0, split));
                Map<String, Reading> second = names.get(new String(cps, split, cps.length - split));
                if (first == null || second == null) {
                    continue;
                }
                for (Reading a : first.values()) {
                    if (!(a.kinds.contains('s') || a.kinds.contains('u')) || !p[1].startsWith(a.kana)) {
                        continue;
                    }
                    Reading b = second.get(p[1].substring(a.kana.length()));
                    if (b != null && (b.kinds.contains('g') || b.kinds.contains('u'))) {
                        a.people++;
                        b.people++;
                    }
                }
            }
        }
    }

    /** KANJIDIC's readings of each character, in hiragana: on readings, kun readings (with and without okurigana) and name readings. */
    private static Map<Integer, List<String>> characterReadings(Path kanjidic) throws IOException {
        Map<Integer, List<String>> m = new HashMap<>();
        for (String line : Files.readAllLines(kanjidic, EUC_JP)) {
            if (line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            String[] fields = (brace > 0 ? line.substring(0, brace) : line).split(" ");
            List<String> readings = new ArrayList<>();
            boolean radicalNames = false;
            for (int i = 2; i < fields.length; i++) {
                String f = fields[i];
                if (f.equals("T2")) {
                    radicalNames = true;
                }
                if (radicalNames || f.isEmpty() || !isKana(f.codePointAt(0)) && f.charAt(0) != '-') {
                    continue;
                }
                String h = hiragana(f.replace("-", ""));
                int dot = h.indexOf('.');
                if (dot > 0) {
                    readings.add(h.substring(0, dot));
                    readings.add(h.replace(".", ""));
                } else {
                    readings.add(h);
                }
            }
            m.put(line.codePointAt(0), readings);
        }
        return m;
    }

    /**
     * Whether kana from {@code at} on is the characters from {@code i} on, each read by one of its own
     * readings; past the first, a reading may start voiced (rendaku: た as だ) and a reading ending in つ, ち,
     * く or き may double the next consonant (っ). 々 repeats the character before it.
     */
    private static boolean regular(int[] cps, int i, String kana, int at, Map<Integer, List<String>> characters) {
        if (i == cps.length) {
            return at == kana.length();
        }
        int cp = cps[i] == '々' && i > 0 ? cps[i - 1] : cps[i];
        List<String> readings = characters.get(cp);
        if (readings == null) {
            return false;
        }
        for (String r : readings) {
            for (String form : forms(r, i > 0)) {
                if (!form.isEmpty() && kana.startsWith(form, at) && regular(cps, i + 1, kana, at + form.length(), characters)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String UNVOICED = "かきくけこさしすせそたちつてとはひふへほ";
    private static final String VOICED = "がぎぐげござじずぜぞだぢづでどばびぶべぼ";
    private static final String HALF_VOICED = "ぱぴぷぺぽ";

    private static List<String> forms(String reading, boolean joined) {
        List<String> forms = new ArrayList<>(4);
        forms.add(reading);
        if (joined) {
            int k = UNVOICED.indexOf(reading.charAt(0));
            if (k >= 0) {
                forms.add(VOICED.charAt(k) + reading.substring(1));
                if (k >= 15) {
                    forms.add(HALF_VOICED.charAt(k - 15) + reading.substring(1));
                }
                if (reading.charAt(0) == 'ち' || reading.charAt(0) == 'し') {
                    forms.add('じ' + reading.substring(1));
                }
                if (reading.charAt(0) == 'つ') {
                    forms.add('ず' + reading.substring(1));
                }
            }
        }
        int n = forms.size();
        for (int i = 0; i < n; i++) {
            String f = forms.get(i);
            if (f.length() >= 2 && "つちくき".indexOf(f.charAt(f.length() - 1)) >= 0) {
                forms.add(f.substring(0, f.length() - 1) + 'っ');
            }
        }
        return forms;
    }

    private static void write(Map<String, Map<String, Reading>> names, Path out) throws IOException {
        Map<String, Map<String, Reading>> sorted = new TreeMap<>(names);
        int lines = 0;
        int readings = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, Map<String, Reading>> e : sorted.entrySet()) {
                List<Reading> rs = new ArrayList<>(e.getValue().values());
                // stable: the dictionary's order breaks ties
                rs.sort(Comparator.comparingInt((Reading r) -> -r.people).thenComparing(r -> !r.regular));
                Set<Character> kinds = new LinkedHashSet<>();
                Set<String> kept = new LinkedHashSet<>();
                for (Reading r : rs) {
                    // a reading no person bears and the characters do not make is kept only as the first
                    if (kept.size() < MAX_READINGS && (kept.isEmpty() || r.people > 0 || r.regular)) {
                        if (kept.add(r.romaji)) {
                            kinds.addAll(r.kinds);
                        }
                    }
                }
                StringBuilder k = new StringBuilder();
                for (char c : List.of('s', 'g', 'u')) {
                    if (kinds.contains(c)) {
                        k.append(c);
                    }
                }
                w.write(e.getKey() + "\t" + k + "\t" + String.join(" ", kept) + "\n");
                lines++;
                readings += kept.size();
            }
        }
        System.out.printf("%d names, %d readings -> %s%n", lines, readings, out);
    }

    /** A surname or given name in Hepburn as lists write it: no macrons, no long vowels; null when not one word. */
    static String word(String romaji) {
        String s = Normalizer.normalize(romaji, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("-", "");
        if (!s.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        String folded = s.replace("ou", "o").replace("uu", "u").replace("oo", "o");
        return folded.length() >= 2 ? folded : s.length() >= 2 ? s : null;
    }

    private static boolean allHan(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(cp -> cp == '々'
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean isKana(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    /** Katakana as hiragana; ー and other signs are kept. */
    private static String hiragana(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(cp >= 0x30A1 && cp <= 0x30F6 ? cp - 0x60 : cp));
        return b.toString();
    }
}
