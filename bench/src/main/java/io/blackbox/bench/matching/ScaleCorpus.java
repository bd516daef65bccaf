package io.blackbox.bench.matching;

import io.blackbox.engine.lists.BundledLists;
import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.matching.MatchRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A screening corpus of at least a given number of names: the bundled real lists, topped up with
 * generated persons whose given and family names are drawn from the Wikidata transliteration pairs in
 * shared/data/names (English side, and the native-script side for one in five, so that scripts mix as on
 * real lists). Deterministic for a seed.
 */
public final class ScaleCorpus {

    private ScaleCorpus() {
    }

    /** The real lists' records. */
    public static List<MatchRecord> realLists() {
        List<MatchRecord> records = new ArrayList<>();
        for (ImportResult r : BundledLists.load()) {
            for (ListEntity e : r.entities()) {
                records.add(MatchRecord.of(e));
            }
        }
        return records;
    }

    /** Counts names of records. */
    public static long names(List<MatchRecord> records) {
        long n = 0;
        for (MatchRecord r : records) {
            n += r.names().size();
        }
        return n;
    }

    /** Real lists plus generated persons until {@code targetNames} names. */
    public static List<MatchRecord> build(Path sharedData, long targetNames, long seed) throws IOException {
        List<MatchRecord> records = new ArrayList<>(realLists());
        long names = names(records);
        List<String[]> pairs = new ArrayList<>();
        Path dir = sharedData.resolve("names/wikidata-transliteration");
        for (String f : List.of("wd_russian_80.tsv", "wd_arabic_80.tsv", "wd_hebrew_80.tsv", "wd_chinese_80.tsv",
                "wd_korean_80.tsv", "wd_katakana_80.tsv")) {
            for (String line : Files.readAllLines(dir.resolve(f), StandardCharsets.UTF_8)) {
                String[] v = line.split("\t");
                if (v.length >= 2 && v[0].length() >= 2) {
                    pairs.add(new String[]{capitalise(v[0]), v[1].replace(" ", "")});
                }
            }
        }
        Random random = new Random(seed);
        Set<String> seen = new LinkedHashSet<>();
        int i = 0;
        while (names < targetNames) {
            String[] given = pairs.get(random.nextInt(pairs.size()));
            String[] family = pairs.get(random.nextInt(pairs.size()));
            boolean native_ = random.nextInt(5) == 0;
            String name = native_ ? given[1] + " " + family[1] : given[0] + " " + family[0];
            if (random.nextInt(4) == 0) {
                String[] middle = pairs.get(random.nextInt(pairs.size()));
                name = native_ ? given[1] + " " + middle[1] + " " + family[1] : given[0] + " " + middle[0] + " " + family[0];
            }
            if (!seen.add(name)) {
                continue;
            }
            records.add(new MatchRecord("gen:" + (i++), Schema.PERSON, name, List.of(EntityName.primary(name)), List.of(),
                    List.of(), List.of()));
            names++;
        }
        return records;
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
