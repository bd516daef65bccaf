package io.blackbox.bench.matching;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.matching.MatchIndex;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Matcher;
import io.blackbox.engine.matching.Query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Cross-script matching of single name words: the Wikidata name-word pairs of
 * shared/data/names/wikidata-transliteration (an English-spelled name word and the same word written in
 * Arabic, Hebrew, Cyrillic, Katakana, Chinese or Hangul, as Wikipedia's editors wrote it), and the Arabic-English
 * name words of shared/data/names/arabic-english ({@code arabic-en}). For each script,
 * each pair is scored as a pair of person names; the share in the match band is the recall. Each written
 * form is also scored against the English word of another pair (a seeded shuffle, other words only); the
 * share of those in the match band is the false-positive rate.
 *
 * <p>The files come split 80/20; changes are made looking at the 80 part ({@code --split 80}) and the
 * 20 part is reported. Usage: {@code ScriptTokenAccuracy <shared-data-dir> [--split 20|80] [--max N]
 * [--examples N]}
 */
public final class ScriptTokenAccuracy {
    /** The Arabic-English name list, which comes unsplit: split here by the Arabic word (see {@link #inSplit}). */
    private static final String ARABIC_ENGLISH = "arabic-en";
    private static final List<String> SCRIPTS = List.of("russian", "arabic", "hebrew", "katakana", "chinese", "korean",
            ARABIC_ENGLISH);

    record Pair(String english, String written) {
    }

    private ScriptTokenAccuracy() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/data");
        String split = option(args, "--split", "20");
        int max = Integer.parseInt(option(args, "--max", "3000"));
        int examples = Integer.parseInt(option(args, "--examples", "0"));
        Matcher matcher = new Matcher();
        double match = matcher.thresholds().match();
        double review = matcher.thresholds().review();
        System.out.printf(Locale.ROOT, "name words across scripts (wd_<script>_%s.tsv, at most %d pairs each, seeded sample);"
                + " match band >= %.2f, review >= %.2f%n", split, max, match, review);
        System.out.printf(Locale.ROOT, "%-9s %6s %8s %8s %8s %10s %9s %9s%n", "script", "pairs", "match", "review+", "mean", "false-pos",
                "screen@1", "screen@5");
        for (String script : SCRIPTS) {
            boolean arabicEnglish = script.equals(ARABIC_ENGLISH);
            Path file = arabicEnglish ? data.resolve("names/arabic-english/ar2en.tsv")
                    : data.resolve("names/wikidata-transliteration/wd_" + script + "_" + split + ".tsv");
            if (!Files.exists(file)) {
                System.out.println(script + ": " + file + " not found");
                continue;
            }
            List<Pair> pairs = arabicEnglish ? readArabicEnglish(file, split, max) : read(file, max);
            List<Pair> shuffled = new ArrayList<>(pairs);
            Collections.shuffle(shuffled, new Random(17));
            int matched = 0;
            int reviewed = 0;
            int falsePositives = 0;
            int negatives = 0;
            double sum = 0;
            List<String> misses = new ArrayList<>();
            List<String> wrong = new ArrayList<>();
            int unreadable = 0;
            for (int i = 0; i < pairs.size(); i++) {
                Pair p = pairs.get(i);
                double s;
                try {
                    s = matcher.scorePair(p.written, p.english, Schema.PERSON).score();
                } catch (IllegalArgumentException e) {
                    unreadable++; // a few rows hold only a sign with no letter (〓, a lone aleph)
                    continue;
                }
                sum += s;
                if (s >= match) {
                    matched++;
                } else if (misses.size() < examples) {
                    misses.add(String.format(Locale.ROOT, "    miss %.3f  %s | %s", s, p.written, p.english));
                }
                if (s >= review) {
                    reviewed++;
                }
                Pair other = shuffled.get(i);
                if (!other.english.equals(p.english)) {
                    negatives++;
                    double n = matcher.scorePair(p.written, other.english, Schema.PERSON).score();
                    if (n >= match) {
                        falsePositives++;
                        if (wrong.size() < examples) {
                            wrong.add(String.format(Locale.ROOT, "    false %.3f  %s | %s (is %s)", n, p.written, other.english, p.english));
                        }
                    }
                }
            }
            int n = pairs.size() - unreadable;
            int[] found = screen(pairs, matcher);
            System.out.printf(Locale.ROOT, "%-9s %6d %8.3f %8.3f %8.3f %10.4f %9.3f %9.3f%s%n", script, n, matched / (double) n,
                    reviewed / (double) n, sum / n, falsePositives / (double) Math.max(1, negatives),
                    found[0] / (double) n, found[1] / (double) n,
                    unreadable == 0 ? "" : "  (" + unreadable + " rows without a letter left out)");
            misses.forEach(System.out::println);
            wrong.forEach(System.out::println);
        }
    }

    /**
     * Screening: every English word of the sample is a person record of one index; each written form is
     * searched, and counts as found at rank 1 (or within 5) when a record spelled as its English word is
     * there. Retrieval has to find the spelling, not only the scorer.
     */
    private static int[] screen(List<Pair> pairs, Matcher matcher) {
        List<MatchRecord> records = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Pair p : pairs) {
            if (seen.add(p.english)) {
                records.add(new MatchRecord("w" + records.size(), Schema.PERSON, p.english, List.of(EntityName.primary(p.english)),
                        List.of(), List.of(), List.of()));
            }
        }
        int[] found = new int[2];
        try (MatchIndex index = MatchIndex.build(records, matcher, null, MatchIndex.DEFAULT_CANDIDATES)) {
            for (Pair p : pairs) {
                List<MatchResult> top;
                try {
                    top = index.search(Query.name(p.written, Schema.PERSON), 5);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                for (int i = 0; i < top.size(); i++) {
                    if (top.get(i).caption().equals(p.english)) {
                        found[0] += i == 0 ? 1 : 0;
                        found[1]++;
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** Distinct pairs of a file, a seeded sample of at most {@code max}. */
    private static List<Pair> read(Path file, int max) throws IOException {
        Set<Pair> pairs = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                continue;
            }
            pairs.add(new Pair(f[0].strip(), f[1].replace(" ", "")));
        }
        List<Pair> list = new ArrayList<>(pairs);
        Collections.shuffle(list, new Random(11));
        return list.size() > max ? list.subList(0, max) : list;
    }

    /**
     * The pairs of shared/data/names/arabic-english/ar2en.tsv (an Arabic-script name word, tab, its Latin
     * spelling on Wikipedia: mostly foreign surnames and given names written in Arabic) of one split, a seeded
     * sample of at most {@code max}.
     */
    private static List<Pair> readArabicEnglish(Path file, String split, int max) throws IOException {
        Set<Pair> pairs = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank() || !inSplit(f[0].strip(), split)) {
                continue;
            }
            pairs.add(new Pair(f[1].strip(), f[0].strip()));
        }
        List<Pair> list = new ArrayList<>(pairs);
        Collections.shuffle(list, new Random(11));
        return list.size() > max ? list.subList(0, max) : list;
    }

    /**
     * The split of an unsplit file an Arabic word falls in: a fifth of the words (by {@link String#hashCode},
     * which is specified and so the same on every machine) make the 20 part, the rest the 80 part. All
     * spellings of a word fall in the same part.
     */
    static boolean inSplit(String word, String split) {
        boolean twenty = Math.floorMod(word.hashCode(), 5) == 0;
        return split.equals("20") == twenty;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
