package io.blackbox.engine.cli;

import io.blackbox.engine.lists.Address;
import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.ImportIssue;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A minimal reader of the custom-list CSV ({@code id,name} plus optional {@code aliases} separated by
 * {@code |}, {@code type}, {@code country}, {@code dob}, {@code address}), used only while the importers'
 * {@code custom-csv} format is not available.
 */
final class CustomListCsv {
    static final String SOURCE = "custom";

    private CustomListCsv() {
    }

    static ImportResult read(Path file) {
        String name = file.getFileName().toString();
        List<ImportIssue> issues = new ArrayList<>();
        List<ListEntity> entities = new ArrayList<>();
        List<Delimited.Row> rows;
        try {
            rows = Delimited.read(Files.readAllBytes(file), ',', true);
        } catch (IOException e) {
            issues.add(new ImportIssue(name, "file", null, "cannot read: " + e.getMessage(), ImportIssue.Severity.ERROR));
            return new ImportResult(SOURCE, entities, issues);
        }
        if (rows.isEmpty()) {
            issues.add(new ImportIssue(name, "file", null, "file is empty", ImportIssue.Severity.ERROR));
            return new ImportResult(SOURCE, entities, issues);
        }
        List<String> h = rows.getFirst().fields().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        int id = h.indexOf("id");
        int nm = h.indexOf("name");
        if (id < 0 || nm < 0) {
            issues.add(new ImportIssue(name, "row 1", null, "header must hold the columns id and name, comma-separated",
                    ImportIssue.Severity.ERROR));
            return new ImportResult(SOURCE, entities, issues);
        }
        int aliases = h.indexOf("aliases");
        int type = h.indexOf("type");
        int country = h.indexOf("country");
        int dob = h.indexOf("dob");
        int address = h.indexOf("address");
        for (Delimited.Row row : rows.subList(1, rows.size())) {
            String loc = "row " + row.line();
            if (row.error() != null) {
                issues.add(new ImportIssue(name, loc, null, row.error(), ImportIssue.Severity.ERROR));
                continue;
            }
            List<String> f = row.fields();
            String idv = get(f, id);
            String nmv = get(f, nm);
            if (idv.isBlank()) {
                issues.add(new ImportIssue(name, loc, "id", "id is empty", ImportIssue.Severity.ERROR));
                continue;
            }
            if (nmv.isBlank()) {
                issues.add(new ImportIssue(name, loc, "name", "name is empty", ImportIssue.Severity.ERROR));
                continue;
            }
            List<EntityName> names = new ArrayList<>();
            names.add(EntityName.primary(nmv));
            for (String a : get(f, aliases).split("\\|")) {
                if (!a.isBlank()) {
                    names.add(EntityName.alias(a));
                }
            }
            Schema schema = Schema.LEGAL_ENTITY;
            if (!get(f, type).isBlank()) {
                try {
                    schema = Schema.parse(get(f, type));
                } catch (IllegalArgumentException e) {
                    issues.add(new ImportIssue(name, loc, "type", e.getMessage(), ImportIssue.Severity.WARNING));
                }
            }
            List<String> countries = new ArrayList<>();
            for (String c : get(f, country).split("[|;]")) {
                if (!c.isBlank()) {
                    Optional<String> code = Countries.toCode(c);
                    if (code.isPresent()) {
                        countries.add(code.get());
                    } else {
                        issues.add(new ImportIssue(name, loc, "country", "unknown country '" + c + "'", ImportIssue.Severity.WARNING));
                    }
                }
            }
            List<PartialDate> dates = new ArrayList<>();
            if (!get(f, dob).isBlank()) {
                try {
                    dates.add(PartialDate.parse(get(f, dob)));
                } catch (IllegalArgumentException e) {
                    issues.add(new ImportIssue(name, loc, "dob", e.getMessage(), ImportIssue.Severity.WARNING));
                }
            }
            List<Address> addresses = get(f, address).isBlank() ? List.of() : List.of(new Address(get(f, address), null, null));
            try {
                entities.add(new ListEntity(SOURCE, idv.strip(), schema, names, addresses, countries, dates, List.of(), List.of(), null));
            } catch (IllegalArgumentException e) {
                issues.add(new ImportIssue(name, loc, null, e.getMessage(), ImportIssue.Severity.ERROR));
            }
        }
        return new ImportResult(SOURCE, entities, issues);
    }

    private static String get(List<String> f, int i) {
        return i >= 0 && i < f.size() ? f.get(i) : "";
    }
}
