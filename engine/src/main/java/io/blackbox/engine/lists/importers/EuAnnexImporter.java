package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the EU sanctions regulation annexes, one CSV per CELEX regulation (columns celex, recordId,
 * programKey, annex, schema, name, alias, weakAlias, nationality, birthDate, passportNumber, imoNumber,
 * address, ...). All annexes form one source, {@code eu-annexes}; the regulation (CELEX number) and the
 * programme key are the entity's programmes, so a screening hit says which regulation listed the party.
 *
 * <p>Ids: {@code <celex>-<annex>-<recordId>}; the record numbers restart per annex. Rows without a
 * record number (550 in the 2026-08 set) get {@code <celex>-<annex>-<name slug>}, with {@code -2}, ...
 * for the same name twice. Rows of FtM schema Asset (property, not a party) are skipped with a warning.
 * One party listed by two regulations is two entities, as the two listings can end separately.
 */
public final class EuAnnexImporter {
    public static final String SOURCE = "eu-annexes";

    private EuAnnexImporter() {
    }

    public static ImportResult read(List<ListInput> inputs, ImportLimits limits) {
        IssueLog log = new IssueLog();
        List<ListEntity> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (ListInput in : inputs) {
            String file = in.baseName();
            List<HeaderCsv.Record> rows = HeaderCsv.read(in, limits, log, ',', null, Set.of("celex", "schema", "name"));
            if (rows == null) {
                continue;
            }
            for (HeaderCsv.Record r : rows) {
                ListEntity e = entity(r, file, log, ids);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return new ImportResult(SOURCE, out, log.issues());
    }

    private static ListEntity entity(HeaderCsv.Record r, String file, IssueLog log, Map<String, Integer> ids) {
        String name = r.get("name");
        if (name.isEmpty()) {
            log.error(file, r.where(), "name", "row has no name; not imported");
            return null;
        }
        String schemaText = r.get("schema");
        if (schemaText.equalsIgnoreCase("Asset")) {
            log.warn(file, r.where(), "schema", "'" + name + "' is an Asset, not a party; skipped");
            return null;
        }
        Schema schema;
        try {
            schema = Schema.parse(schemaText.isEmpty() ? "LegalEntity" : schemaText);
        } catch (IllegalArgumentException e) {
            log.warn(file, r.where(), "schema", e.getMessage() + "; taken as LegalEntity");
            schema = Schema.LEGAL_ENTITY;
        }
        String celex = r.get("celex");
        String annex = r.get("annex");
        String base = celex + (annex.isEmpty() ? "" : "-" + annex) + "-"
                + (r.get("recordId").isEmpty() ? Values.slug(name) : r.get("recordId"));
        int n = ids.merge(base, 1, Integer::sum);
        String id = n == 1 ? base : base + "-" + n;
        EntityBuilder b = new EntityBuilder(SOURCE, id, schema);
        b.name(name, NameKind.PRIMARY);
        Values.semicolons(r.get("alias")).forEach(a -> b.name(a, NameKind.ALIAS));
        Values.semicolons(r.get("previousName")).forEach(a -> b.name(a, NameKind.ALIAS));
        Values.semicolons(r.get("weakAlias")).forEach(a -> b.name(a, NameKind.WEAK_ALIAS));
        b.program(r.get("programKey"));
        b.program(celex);
        for (String column : new String[]{"nationality", "country", "jurisdiction", "flag"}) {
            countries(r.get(column), b, file, r.where(), column, log);
        }
        for (String column : new String[]{"birthDate", "incorporationDate"}) {
            for (String d : Values.semicolons(r.get(column))) {
                List<PartialDate> dates = Dates.parse(d.replaceAll("^\\([a-z]\\)\\s*", ""), Dates.SlashOrder.DAY_FIRST);
                if (dates.isEmpty()) {
                    log.warn(file, r.where(), column, "date '" + d + "' is not a date");
                }
                dates.forEach(b::birthDate);
            }
        }
        ids(r, "passportNumber", IdentifierType.PASSPORT, null, b);
        ids(r, "idNumber", IdentifierType.NATIONAL_ID, null, b);
        ids(r, "registrationNumber", IdentifierType.REGISTRATION, null, b);
        ids(r, "ogrnCode", IdentifierType.REGISTRATION, "OGRN", b);
        ids(r, "okpoCode", IdentifierType.REGISTRATION, "OKPO", b);
        ids(r, "kppCode", IdentifierType.REGISTRATION, "KPP", b);
        ids(r, "leiCode", IdentifierType.REGISTRATION, "LEI", b);
        ids(r, "taxNumber", IdentifierType.TAX_ID, null, b);
        ids(r, "innCode", IdentifierType.TAX_ID, "INN", b);
        ids(r, "swiftBic", IdentifierType.SWIFT_BIC, null, b);
        ids(r, "imoNumber", IdentifierType.IMO, null, b);
        ids(r, "mmsi", IdentifierType.MMSI, null, b);
        ids(r, "phone", IdentifierType.PHONE, null, b);
        ids(r, "email", IdentifierType.EMAIL, null, b);
        ids(r, "website", IdentifierType.WEBSITE, null, b);
        for (String a : Values.semicolons(r.get("address"))) {
            String text = a.replaceAll("^\"+|\"+$", "").strip();
            if (text.isEmpty()) {
                continue;
            }
            String last = text.substring(text.lastIndexOf(',') + 1).strip();
            String code = Countries.toCode(last).orElse(null);
            b.address(text, null, code);
        }
        StringBuilder remarks = new StringBuilder();
        if (!r.get("gender").isEmpty()) {
            remarks.append("Gender ").append(r.get("gender")).append(". ");
        }
        for (String column : new String[]{"position", "reason", "notes"}) {
            if (!r.get(column).isEmpty()) {
                remarks.append(remarks.isEmpty() ? "" : " ").append(r.get(column));
            }
        }
        b.remarks(remarks.toString());
        return b.build();
    }

    private static void ids(HeaderCsv.Record r, String column, IdentifierType type, String note, EntityBuilder b) {
        for (String v : Values.semicolons(r.get(column))) {
            Values.WithCountry wc = Values.withCountry(v);
            b.identifier(type, wc.value(), wc.country(), note);
        }
    }

    static void countries(String text, EntityBuilder b, String file, String where, String column, IssueLog log) {
        if (text.isBlank() || Countries.isPlaceholder(text)) {
            return;
        }
        var whole = Countries.toCode(text.replaceAll("[.\\s]+$", ""));
        if (whole.isPresent()) {
            b.country(whole.get());
            return;
        }
        for (String c : Values.countryList(text)) {
            if (Countries.isPlaceholder(c)) {
                continue;
            }
            String code = Countries.toCode(c).orElse(null);
            if (code == null) {
                log.warn(file, where, column, "country '" + c + "' is not a known country name");
            }
            b.country(code);
        }
    }
}
