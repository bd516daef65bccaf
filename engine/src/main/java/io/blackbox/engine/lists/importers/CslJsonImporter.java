package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.ContentChecksum;
import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.ImportIssue;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.NameKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the compact CSL JSON (screening-list.json: {@code tables} of shared strings and {@code entries}
 * with short keys n, a, s, t, c, e, pg, lr, lp, fr, u). Each of the twelve lists becomes its own
 * {@link ImportResult} keyed by {@link CslSources}.
 *
 * <p>Ids: the CSL's entity_number where given (OFAC lists); the other lists (DPL, EL, DTC, ...) have none,
 * so the id is {@code h-} + the first 16 hex digits of SHA-256 over list, name, Federal Register notice and
 * countries: stable across versions as long as those do not change (a changed name then shows as a removal
 * plus an addition in a delta). Exact duplicates get a {@code -2}, {@code -3} suffix in file order.
 */
public final class CslJsonImporter {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CslJsonImporter() {
    }

    public static List<ImportResult> read(List<ListInput> inputs, ImportLimits limits) {
        IssueLog log = new IssueLog();
        Map<String, List<ListEntity>> bySource = new LinkedHashMap<>();
        Map<String, IssueLog> logs = new HashMap<>();
        for (ListInput in : inputs) {
            String file = in.baseName();
            JsonNode root;
            try {
                String text = TextDecoder.decode(in, limits, null, log);
                if (text.isBlank()) {
                    log.error(file, "file", null, "file is empty");
                    continue;
                }
                root = JSON.readTree(text);
            } catch (InputRejectedException e) {
                log.error(file, e.location(), null, e.getMessage());
                continue;
            } catch (JacksonException e) {
                log.error(file, location(e), null, "not valid JSON: " + e.getOriginalMessage());
                continue;
            }
            JsonNode tables = root.path("tables");
            JsonNode entries = root.path("entries");
            if (!entries.isArray() || !tables.path("sources").isArray()) {
                log.error(file, "file", null, "not a compact CSL file: 'entries' or 'tables.sources' is missing");
                continue;
            }
            List<String> sourceNames = table(tables.path("sources"));
            List<String> programmes = table(tables.path("programmes"));
            List<String> requirements = table(tables.path("licenceRequirements"));
            List<String> policies = table(tables.path("licencePolicies"));
            for (String s : sourceNames) {
                if (!s.isBlank()) {
                    bySource.computeIfAbsent(CslSources.key(s), k -> new ArrayList<>());
                }
            }
            Map<String, Integer> idCount = new HashMap<>();
            int index = 0;
            for (JsonNode e : entries) {
                index++;
                String where = "entries[" + (index - 1) + "]";
                int s = e.path("s").asInt(-1);
                if (s < 0 || s >= sourceNames.size() || sourceNames.get(s).isBlank()) {
                    log.error(file, where, "s", "source index '" + e.path("s") + "' is not in tables.sources; not imported");
                    continue;
                }
                String source = CslSources.key(sourceNames.get(s));
                IssueLog slog = logs.computeIfAbsent(source, k -> new IssueLog());
                String name = e.path("n").asString("").strip();
                if (name.isEmpty()) {
                    slog.error(file, where, "n", "entry has no name; not imported");
                    continue;
                }
                List<String> countries = strings(e.path("c"));
                String fr = e.path("fr").asString("");
                String id = e.path("e").asString("").strip();
                if (id.isEmpty()) {
                    id = derivedId(source, name, fr, countries);
                }
                int n = idCount.merge(source + "\u0000" + id, 1, Integer::sum);
                if (n > 1) {
                    id = id + "-" + n;
                }
                EntityBuilder b = new EntityBuilder(source, id, CslCsvImporter.schema(e.path("t").asString("")));
                b.name(name, NameKind.PRIMARY);
                for (String alias : strings(e.path("a"))) {
                    b.name(alias, NameKind.ALIAS);
                }
                for (String c : countries) {
                    String code = Countries.toCode(c).orElse(null);
                    if (code != null) {
                        b.country(code);
                    } else if (!Countries.isPlaceholder(c)) {
                        slog.warn(file, where, "c", "country '" + c + "' is not an ISO alpha-2 code nor a known country name");
                    }
                }
                for (int p : ints(e.path("pg"))) {
                    if (p >= 0 && p < programmes.size() && !programmes.get(p).isEmpty()) {
                        b.program(programmes.get(p));
                    } else {
                        slog.warn(file, where, "pg", "programme index " + p + " is not in tables.programmes");
                    }
                }
                StringBuilder remarks = new StringBuilder();
                appendIndexed(remarks, "License requirement: ", e.path("lr"), requirements);
                appendIndexed(remarks, "License policy: ", e.path("lp"), policies);
                if (!fr.isEmpty()) {
                    remarks.append(remarks.isEmpty() ? "" : " ").append("Federal Register: ").append(fr).append('.');
                }
                b.remarks(remarks.toString());
                bySource.get(source).add(b.build());
            }
        }
        List<ImportResult> out = new ArrayList<>();
        List<ImportIssue> fileIssues = log.issues();
        if (bySource.isEmpty()) {
            return List.of(new ImportResult("us-csl", List.of(), fileIssues));
        }
        // file-level issues concern every list read from the file, so each result carries them
        bySource.forEach((source, entities) -> {
            List<ImportIssue> issues = new ArrayList<>(fileIssues);
            IssueLog own = logs.get(source);
            if (own != null) {
                issues.addAll(own.issues());
            }
            out.add(new ImportResult(source, entities, issues));
        });
        return out;
    }

    static String derivedId(String source, String name, String fr, List<String> countries) {
        String key = source + "\n" + name.strip() + "\n" + fr.strip() + "\n" + String.join(",", countries);
        return "h-" + ContentChecksum.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static void appendIndexed(StringBuilder sb, String label, JsonNode idx, List<String> table) {
        if (idx.isInt() && idx.asInt() >= 0 && idx.asInt() < table.size() && !table.get(idx.asInt()).isEmpty()) {
            sb.append(sb.isEmpty() ? "" : " ").append(label).append(table.get(idx.asInt()).strip());
            if (!sb.toString().endsWith(".")) {
                sb.append('.');
            }
        }
    }

    /** A shared-string table, position for position (entries index into it); non-strings become "". */
    private static List<String> table(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : n) {
            out.add(x.isString() ? x.asString().strip() : "");
        }
        return out;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode x : n) {
                if (x.isString() && !x.asString().isBlank()) {
                    out.add(x.asString().strip());
                }
            }
        } else if (n.isString() && !n.asString().isBlank()) {
            out.add(n.asString().strip());
        }
        return out;
    }

    private static List<Integer> ints(JsonNode n) {
        List<Integer> out = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode x : n) {
                if (x.isInt()) {
                    out.add(x.asInt());
                }
            }
        } else if (n.isInt()) {
            out.add(n.asInt());
        }
        return out;
    }

    static String location(JacksonException e) {
        var loc = e.getLocation();
        return loc == null ? "file" : "line " + loc.getLineNr() + " column " + loc.getColumnNr();
    }
}
