package io.blackbox.bench.matching;

import com.ibm.icu.lang.UScript;
import io.blackbox.engine.lists.BundledLists;
import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.matching.MatchIndex;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Does a name written in its own script find the listed entity through the entity's Latin names? Many entries
 * of the bundled lists give a person's or organisation's name in Arabic, Cyrillic, Han or another script beside
 * its Latin spellings. List by list (the lists repeat each other's entries), every entity is indexed with its
 * Latin names only, and each of its other-script names is screened against that index: a hit is the entity at
 * rank 1 (recall@1) or in the first five. The names are the lists' own, written by their compilers, not made
 * by a generator.
 *
 * <p>Usage: {@code OwnScriptAliases [--examples N]}; needs no data beside the bundled lists.
 */
public final class OwnScriptAliases {
    private OwnScriptAliases() {
    }

    private record Alias(String entity, String name, String script) {
    }

    public static void main(String[] args) {
        int at = List.of(args).indexOf("--examples");
        int examples = at >= 0 ? Integer.parseInt(args[at + 1]) : 0;
        Map<String, int[]> byScript = new TreeMap<>();
        int[] shown = {0};
        int entities = 0;
        for (ImportResult r : BundledLists.load()) {
            // one list at a time: the lists repeat each other's entries (OFAC's SDN is also in the CSL)
            List<MatchRecord> records = new ArrayList<>();
            List<Alias> aliases = new ArrayList<>();
            for (ListEntity e : r.entities()) {
                List<EntityName> latin = new ArrayList<>();
                List<Alias> other = new ArrayList<>();
                for (EntityName n : e.names()) {
                    String script = script(n.value());
                    if (script == null) {
                        latin.add(n);
                    } else {
                        other.add(new Alias(e.id(), n.value(), script));
                    }
                }
                if (latin.isEmpty()) {
                    continue;
                }
                records.add(new MatchRecord(e.id(), e.schema(), latin.getFirst().value(), latin, e.countries(),
                        e.birthDates(), e.identifiers()));
                aliases.addAll(other);
            }
            if (aliases.isEmpty()) {
                continue;
            }
            entities += records.size();
            screen(records, aliases, byScript, examples, shown);
        }
        System.out.printf(Locale.ROOT, "entities with a Latin name and a name in another script, list by list: %d indexed%n", entities);
        System.out.println("script       names  recall@1  recall@5  match band at rank 1");
        for (var e : byScript.entrySet()) {
            int[] c = e.getValue();
            System.out.printf(Locale.ROOT, "%-10s %7d  %8.4f  %8.4f  %8.4f%n", e.getKey(), c[0], c[1] / (double) c[0],
                    c[2] / (double) c[0], c[3] / (double) c[0]);
        }
    }

    /** Screens one list's other-script names against its Latin names; counts by script. */
    private static void screen(List<MatchRecord> records, List<Alias> aliases, Map<String, int[]> byScript,
                               int examples, int[] shown) {
        try (MatchIndex index = MatchIndex.build(records)) {
            boolean[] first = new boolean[aliases.size()];
            boolean[] five = new boolean[aliases.size()];
            boolean[] match = new boolean[aliases.size()];
            String[] top = new String[aliases.size()];
            IntStream.range(0, aliases.size()).parallel().forEach(i -> {
                Alias a = aliases.get(i);
                try {
                    List<MatchResult> r = index.search(Query.name(a.name()), 5);
                    first[i] = !r.isEmpty() && r.getFirst().entityId().equals(a.entity());
                    match[i] = first[i] && r.getFirst().isMatch();
                    five[i] = r.stream().anyMatch(m -> m.entityId().equals(a.entity()));
                    top[i] = r.isEmpty() ? "-" : r.getFirst().caption() + " " + r.getFirst().score();
                } catch (IllegalArgumentException e) {
                    top[i] = "unreadable: " + e.getMessage();
                }
            });
            for (int i = 0; i < aliases.size(); i++) {
                int[] c = byScript.computeIfAbsent(aliases.get(i).script(), k -> new int[4]);
                c[0]++;
                c[1] += first[i] ? 1 : 0;
                c[2] += five[i] ? 1 : 0;
                c[3] += match[i] ? 1 : 0;
                if (!first[i] && shown[0]++ < examples) {
                    System.out.printf("  miss %-9s %s -> %s (wanted %s)%n", aliases.get(i).script(), aliases.get(i).name(),
                            top[i], aliases.get(i).entity());
                }
            }
        }
    }

    /** The first non-Latin script a name is written in, or null for a name in Latin letters only. */
    private static String script(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int s = UScript.getScript(cp);
            if (s != UScript.LATIN && s != UScript.COMMON && s != UScript.INHERITED) {
                return UScript.getName(s).toLowerCase(Locale.ROOT);
            }
            i += Character.charCount(cp);
        }
        return null;
    }
}
