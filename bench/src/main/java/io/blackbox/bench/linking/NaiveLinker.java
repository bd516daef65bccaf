package io.blackbox.bench.linking;

import io.blackbox.engine.linking.LinkRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline: records sharing any e-mail address, phone (last nine digits), website or address
 * (case and punctuation folded) are one actor, transitively. It is what a spreadsheet join does, and
 * it merges whole networks through their forwarders.
 */
final class NaiveLinker {

    private NaiveLinker() {
    }

    static List<String> link(List<LinkRecord> records) {
        int[] parent = new int[records.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstHolder = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (String key : keys(records.get(i))) {
                Integer other = firstHolder.putIfAbsent(key, i);
                if (other != null) {
                    parent[find(parent, i)] = find(parent, other);
                }
            }
        }
        List<String> clusters = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            clusters.add("n" + find(parent, i));
        }
        return clusters;
    }

    private static List<String> keys(LinkRecord r) {
        List<String> keys = new ArrayList<>();
        split(r.email()).forEach(e -> keys.add("e:" + e.toLowerCase(Locale.ROOT)));
        split(r.phone()).forEach(p -> {
            String d = p.replaceAll("\\D", "");
            if (d.length() >= 6) {
                keys.add("p:" + d.substring(Math.max(0, d.length() - 9)));
            }
        });
        split(r.website()).forEach(w -> keys.add("w:" + w.toLowerCase(Locale.ROOT).replaceFirst("^(https?://)?(www\\.)?", "")));
        if (r.address() != null) {
            keys.add("a:" + r.address().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip());
        }
        return keys;
    }

    private static List<String> split(String s) {
        return s == null ? List.of() : List.of(s.split("[;|]"));
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
