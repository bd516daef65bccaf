package io.blackbox.engine.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds hubs in the data: an exact value (phone, e-mail, domain, address, identifier) held by records
 * of at least {@code minActors} apparently different actors. Holders are grouped greedily: a holder
 * joins a group when its name is similar to the group's first name or it shares another exact value with
 * the group, so one actor using several aliases with one phone is one group, while a forwarder's phone
 * quoted by three unrelated firms is three. Only e-mail addresses and identifiers count as shared
 * values for grouping: phones and addresses are what forwarders share, so they would glue a network's
 * actors into one group and hide each other.
 */
final class HubDetector {

    private static final int MAX_HOLDERS_EXAMINED = 200;
    private static final double SAME_NAME = 0.90;

    private final NameSimilarity names;
    private final int minActors;

    HubDetector(NameSimilarity names, int minActors) {
        if (minActors < 2) {
            throw new IllegalArgumentException("minActors " + minActors + " must be at least 2");
        }
        this.names = names;
        this.minActors = minActors;
    }

    /** Returns the detected hub keys (prefixed) with their holder counts. */
    Map<String, Integer> detect(PreparedRecord[] records) {
        LongIntMap counts = new LongIntMap(records.length * 3);
        for (PreparedRecord r : records) {
            for (String k : r.exactKeys()) {
                counts.add(LongIntMap.hash(k), 1);
            }
        }
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < records.length; i++) {
            for (String k : records[i].exactKeys()) {
                if (counts.get(LongIntMap.hash(k)) >= minActors) {
                    holders.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<String, Integer> hubs = new ConcurrentHashMap<>();
        holders.entrySet().parallelStream().forEach(e -> {
            if (distinctActorsAtLeast(e.getKey(), e.getValue(), records)) {
                hubs.put(e.getKey(), e.getValue().size());
            }
        });
        return hubs;
    }

    private boolean distinctActorsAtLeast(String key, List<Integer> holders, PreparedRecord[] records) {
        List<String> groupNames = new ArrayList<>();
        List<Set<String>> groupKeys = new ArrayList<>();
        int examined = 0;
        for (int idx : holders) {
            if (examined++ == MAX_HOLDERS_EXAMINED) {
                break;
            }
            PreparedRecord r = records[idx];
            List<String> own = personalKeys(r, key);
            int joined = -1;
            for (int g = 0; g < groupNames.size() && joined < 0; g++) {
                String gn = groupNames.get(g);
                if (r.name != null && gn != null && names.similarity(r.name, gn) >= SAME_NAME) {
                    joined = g;
                } else {
                    for (String k : own) {
                        if (groupKeys.get(g).contains(k)) {
                            joined = g;
                            break;
                        }
                    }
                }
            }
            if (joined >= 0) {
                groupKeys.get(joined).addAll(own);
            } else {
                groupNames.add(r.name);
                groupKeys.add(new HashSet<>(own));
                if (groupNames.size() >= minActors) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> personalKeys(PreparedRecord r, String except) {
        List<String> keys = new ArrayList<>(r.emails.length + r.identifiers.length);
        for (String e : r.emails) {
            keys.add("e:" + e);
        }
        for (String i : r.identifiers) {
            keys.add("i:" + i);
        }
        keys.remove(except);
        return keys;
    }
}
