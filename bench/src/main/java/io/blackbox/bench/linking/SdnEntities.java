package io.blackbox.bench.linking;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisations of the OFAC SDN legacy CSV files (sdn.csv, alt.csv, add.csv): primary name,
 * aliases, addresses and countries. Read directly, the bench needs nothing else of the list importer.
 */
final class SdnEntities {

    /** One organisation. */
    record Entity(String id, String name, List<String> aliases, List<String> addresses, List<String> countries) {
    }

    private SdnEntities() {
    }

    static List<Entity> read(Path dir) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (List<String> f : Dataset.readCsv(dir.resolve("sdn.csv"))) {
            if (f.size() > 2 && nul(f.get(2)) == null && nul(f.get(1)) != null) {
                names.put(f.get(0).strip(), f.get(1).strip());
            }
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (List<String> f : Dataset.readCsv(dir.resolve("alt.csv"))) {
            if (f.size() > 3 && names.containsKey(f.get(0).strip()) && nul(f.get(3)) != null) {
                aliases.computeIfAbsent(f.get(0).strip(), k -> new ArrayList<>()).add(f.get(3).strip());
            }
        }
        Map<String, List<String>> addresses = new LinkedHashMap<>();
        Map<String, List<String>> countries = new LinkedHashMap<>();
        for (List<String> f : Dataset.readCsv(dir.resolve("add.csv"))) {
            String id = f.get(0).strip();
            if (f.size() > 4 && names.containsKey(id)) {
                String street = nul(f.get(2));
                String city = nul(f.get(3));
                String country = nul(f.get(4));
                if (street != null && city != null) {
                    addresses.computeIfAbsent(id, k -> new ArrayList<>()).add(street + ", " + city);
                }
                if (country != null) {
                    countries.computeIfAbsent(id, k -> new ArrayList<>()).add(country);
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        names.forEach((id, name) -> out.add(new Entity(id, name, aliases.getOrDefault(id, List.of()),
                addresses.getOrDefault(id, List.of()), countries.getOrDefault(id, List.of()))));
        return out;
    }

    private static String nul(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\u001a", "").strip();
        return t.isEmpty() || t.equals("-0-") ? null : t;
    }
}
