package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the BIS Military-Intelligence End User list (columns Type, Name, Alias, Country, Topics,
 * Program, Date, End date, Source URL). Source {@code us-bis-mieu}; ids are slugs of the name, as the
 * list has none. Rows with an end date are delisted and skipped with a warning.
 */
public final class BisMieuImporter {
    public static final String SOURCE = "us-bis-mieu";

    private BisMieuImporter() {
    }

    public static ImportResult read(List<ListInput> inputs, ImportLimits limits) {
        IssueLog log = new IssueLog();
        List<ListEntity> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (ListInput in : inputs) {
            String file = in.baseName();
            List<HeaderCsv.Record> rows = HeaderCsv.read(in, limits, log, ',', null, Set.of("Name", "Country"));
            if (rows == null) {
                continue;
            }
            for (HeaderCsv.Record r : rows) {
                String name = r.get("Name");
                if (name.isEmpty()) {
                    log.error(file, r.where(), "Name", "row has no name; not imported");
                    continue;
                }
                if (!r.get("End date").isEmpty()) {
                    log.warn(file, r.where(), "End date", "'" + name + "' was removed on " + r.get("End date")
                            + "; not imported");
                    continue;
                }
                String base = Values.slug(name);
                int n = ids.merge(base, 1, Integer::sum);
                Schema schema;
                try {
                    schema = Schema.parse(r.get("Type").isEmpty() ? "Organization" : r.get("Type"));
                } catch (IllegalArgumentException e) {
                    log.warn(file, r.where(), "Type", e.getMessage() + "; taken as Organization");
                    schema = Schema.ORGANIZATION;
                }
                EntityBuilder b = new EntityBuilder(SOURCE, n == 1 ? base : base + "-" + n, schema);
                b.name(name, NameKind.PRIMARY);
                Values.semicolons(r.get("Alias")).forEach(a -> b.name(a, NameKind.ALIAS));
                for (String c : Values.semicolons(r.get("Country"))) {
                    String code = Countries.toCode(c).orElse(null);
                    if (code == null) {
                        log.warn(file, r.where(), "Country", "country '" + c + "' is not a known country");
                    }
                    b.country(code);
                }
                b.program(r.get("Program").isEmpty() ? "US-BIS-MIEU" : r.get("Program"));
                if (!r.get("Date").isEmpty()) {
                    b.remarks("Listed " + r.get("Date") + ".");
                }
                out.add(b.build());
            }
        }
        return new ImportResult(SOURCE, out, log.issues());
    }
}
