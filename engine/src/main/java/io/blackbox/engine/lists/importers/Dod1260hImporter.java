package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the DoD Section 1260H list of Chinese military companies (columns Name, Clean Name, Alias,
 * Previous Name, Parent Name, Note, Start date, End date, Source Url). Source {@code us-dod-1260h}.
 *
 * <p>The list has no ids; an entity is keyed by the slug of its clean name, and the rows of one clean
 * name (the 2024 and 2025 re-listings of one company) are merged into one entity. A company whose every
 * row has an end date was removed from the list and is not imported (reported as a warning), so that
 * screening does not hit delisted companies.
 */
public final class Dod1260hImporter {
    public static final String SOURCE = "us-dod-1260h";

    private Dod1260hImporter() {
    }

    public static ImportResult read(List<ListInput> inputs, ImportLimits limits) {
        IssueLog log = new IssueLog();
        Map<String, List<HeaderCsv.Record>> byId = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (ListInput in : inputs) {
            String file = in.baseName();
            List<HeaderCsv.Record> rows = HeaderCsv.read(in, limits, log, ',', null, Set.of("Name"));
            if (rows == null) {
                continue;
            }
            for (HeaderCsv.Record r : rows) {
                String clean = r.get("Clean Name").isEmpty() ? r.get("Name") : r.get("Clean Name");
                if (clean.isEmpty()) {
                    log.error(file, r.where(), "Name", "row has no name; not imported");
                    continue;
                }
                String id = Values.slug(clean);
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
                fileOf.put(id, file);
            }
        }
        List<ListEntity> out = new ArrayList<>();
        for (Map.Entry<String, List<HeaderCsv.Record>> e : byId.entrySet()) {
            List<HeaderCsv.Record> rows = e.getValue();
            if (rows.stream().allMatch(r -> !r.get("End date").isEmpty())) {
                HeaderCsv.Record last = rows.getLast();
                log.warn(fileOf.get(e.getKey()), last.where(), "End date", "'" + last.get("Clean Name")
                        + "' was removed from the list on " + last.get("End date") + "; not imported");
                continue;
            }
            EntityBuilder b = new EntityBuilder(SOURCE, e.getKey(), Schema.COMPANY);
            StringBuilder remarks = new StringBuilder();
            for (HeaderCsv.Record r : rows) {
                b.name(r.get("Clean Name").isEmpty() ? r.get("Name") : r.get("Clean Name"), NameKind.PRIMARY);
                b.name(r.get("Name").replaceAll("\\*+$", "").replaceAll("\\)\\.$", ")"), NameKind.ALIAS);
                Values.semicolons(r.get("Alias")).forEach(a -> b.name(a, NameKind.ALIAS));
                Values.semicolons(r.get("Previous Name")).forEach(a -> b.name(a, NameKind.ALIAS));
                if (!r.get("Parent Name").isEmpty() && remarks.indexOf("Parent: ") < 0) {
                    remarks.append(remarks.isEmpty() ? "" : " ").append("Parent: ").append(r.get("Parent Name")).append('.');
                }
                if (!r.get("Note").isEmpty() && remarks.indexOf(r.get("Note")) < 0) {
                    remarks.append(remarks.isEmpty() ? "" : " ").append(r.get("Note"));
                }
            }
            b.country("CN");
            b.program("DOD-1260H");
            b.remarks(remarks.toString());
            out.add(b.build());
        }
        return new ImportResult(SOURCE, out, log.issues());
    }
}
