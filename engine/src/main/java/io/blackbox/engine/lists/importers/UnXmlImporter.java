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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the UN Security Council consolidated list XML (CONSOLIDATED_LIST with INDIVIDUALS and
 * ENTITIES). The entity id is the UN reference number (e.g. {@code CDi.001}), the programme the UN list
 * type (e.g. {@code DRC}). Alias quality "Low" is the UN's weak alias; "Good", "a.k.a." and "f.k.a."
 * are strong. Parsing is XXE-safe, see {@link XmlTree}.
 */
public final class UnXmlImporter {
    public static final String SOURCE = "un-sc";

    private UnXmlImporter() {
    }

    public static ImportResult read(List<ListInput> inputs, ImportLimits limits) {
        IssueLog log = new IssueLog();
        List<ListEntity> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ListInput in : inputs) {
            String file = in.baseName();
            XmlTree.Element root;
            try {
                String text = TextDecoder.decode(in, limits, null, log);
                if (text.isBlank()) {
                    log.error(file, "file", null, "file is empty");
                    continue;
                }
                root = XmlTree.parse(text, limits.maxFieldChars());
            } catch (InputRejectedException e) {
                log.error(file, e.location(), null, e.getMessage());
                continue;
            }
            if (!root.name().equals("CONSOLIDATED_LIST")) {
                log.error(file, "line " + root.line(), null, "root element is <" + root.name()
                        + ">, expected <CONSOLIDATED_LIST>");
                continue;
            }
            int before = out.size();
            for (String group : new String[]{"INDIVIDUALS", "ENTITIES"}) {
                XmlTree.Element g = root.child(group);
                if (g == null) {
                    continue;
                }
                for (XmlTree.Element e : g.children()) {
                    boolean person = e.name().equals("INDIVIDUAL");
                    if (!person && !e.name().equals("ENTITY")) {
                        log.warn(file, path(e), null, "unexpected element <" + e.name() + "> in <" + group + ">; skipped");
                        continue;
                    }
                    ListEntity le = entity(e, person, file, log);
                    if (le == null) {
                        continue;
                    }
                    if (!seen.add(le.sourceId())) {
                        log.error(file, path(e), "REFERENCE_NUMBER", "reference " + le.sourceId()
                                + " appears twice; second one ignored");
                        continue;
                    }
                    out.add(le);
                }
            }
            if (out.size() == before) {
                log.error(file, "file", null, "no INDIVIDUAL or ENTITY found");
            }
        }
        return new ImportResult(SOURCE, out, log.issues());
    }

    private static String path(XmlTree.Element e) {
        return e.name() + " at line " + e.line();
    }

    private static ListEntity entity(XmlTree.Element e, boolean person, String file, IssueLog log) {
        String ref = e.text("REFERENCE_NUMBER");
        String id = !ref.isEmpty() ? ref : e.text("DATAID");
        if (id.isEmpty()) {
            log.error(file, path(e), "REFERENCE_NUMBER", "entry has neither REFERENCE_NUMBER nor DATAID; not imported");
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (String part : new String[]{"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
            String v = e.text(part);
            if (!v.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(v);
            }
        }
        if (name.isEmpty()) {
            log.error(file, path(e), "FIRST_NAME", "entry " + id + " has no name; not imported");
            return null;
        }
        EntityBuilder b = new EntityBuilder(SOURCE, id, person ? Schema.PERSON : Schema.ORGANIZATION);
        b.name(name.toString(), NameKind.PRIMARY);
        b.name(e.text("NAME_ORIGINAL_SCRIPT"), NameKind.ALIAS);
        b.program(e.text("UN_LIST_TYPE"));
        for (XmlTree.Element a : e.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            String alias = a.text("ALIAS_NAME");
            if (alias.isEmpty()) {
                continue;
            }
            String quality = a.text("QUALITY").toLowerCase(Locale.ROOT);
            b.name(alias, quality.equals("low") ? NameKind.WEAK_ALIAS : NameKind.ALIAS);
        }
        XmlTree.Element nat = e.child("NATIONALITY");
        if (nat != null) {
            for (XmlTree.Element v : nat.all("VALUE")) {
                country(v.text(), b, file, path(e), "NATIONALITY", log);
            }
        }
        for (XmlTree.Element a : e.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            address(a, b, file, path(e), log);
        }
        for (XmlTree.Element d : e.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            birthDate(d, b, file, path(e), log);
        }
        for (XmlTree.Element d : e.all("INDIVIDUAL_DOCUMENT")) {
            document(d, b, file, path(e), log);
        }
        StringBuilder remarks = new StringBuilder();
        String gender = e.text("GENDER");
        if (!gender.isEmpty()) {
            // the model has no gender field; "Gender X" in the remarks is what OFAC writes and the FtM export reads
            remarks.append("Gender ").append(gender).append(". ");
        }
        remarks.append(e.text("COMMENTS1"));
        b.remarks(remarks.toString());
        return b.build();
    }

    private static void country(String name, EntityBuilder b, String file, String where, String field, IssueLog log) {
        if (name.isBlank() || Countries.isPlaceholder(name)) {
            return;
        }
        String code = Countries.toCode(name).orElse(null);
        if (code == null) {
            log.warn(file, where, field, "country '" + name + "' is not a known country name");
        }
        b.country(code);
    }

    private static void address(XmlTree.Element a, EntityBuilder b, String file, String where, IssueLog log) {
        String countryName = a.text("COUNTRY");
        String code = null;
        if (!countryName.isEmpty() && !Countries.isPlaceholder(countryName)) {
            code = Countries.toCode(countryName).orElse(null);
            if (code == null) {
                log.warn(file, where, "COUNTRY", "address country '" + countryName + "' is not a known country name");
            }
        }
        StringBuilder full = new StringBuilder();
        for (String part : new String[]{"STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"}) {
            String v = a.text(part);
            if (!v.isEmpty()) {
                full.append(full.isEmpty() ? "" : ", ").append(v);
            }
        }
        if (!full.isEmpty()) {
            b.address(full.toString(), a.text("CITY"), code);
        } else {
            b.country(code);
        }
    }

    private static void birthDate(XmlTree.Element d, EntityBuilder b, String file, String where, IssueLog log) {
        String date = d.text("DATE");
        String year = d.text("YEAR");
        String from = d.text("FROM_YEAR");
        String to = d.text("TO_YEAR");
        List<PartialDate> dates = new ArrayList<>();
        String text = "";
        if (!date.isEmpty()) {
            text = date;
            dates = Dates.parse(date, Dates.SlashOrder.DAY_FIRST);
        } else if (!year.isEmpty()) {
            text = year;
            dates = Dates.parse(year, Dates.SlashOrder.DAY_FIRST);
        } else if (!from.isEmpty() && !to.isEmpty()) {
            text = from + " to " + to;
            dates = Dates.parse(text, Dates.SlashOrder.DAY_FIRST);
        }
        if (!text.isEmpty() && dates.isEmpty()) {
            log.warn(file, where, "INDIVIDUAL_DATE_OF_BIRTH", "date '" + text + "' is not a date");
        }
        dates.forEach(b::birthDate);
    }

    private static void document(XmlTree.Element d, EntityBuilder b, String file, String where, IssueLog log) {
        String number = d.text("NUMBER");
        if (number.isEmpty()) {
            return;
        }
        String type = d.text("TYPE_OF_DOCUMENT");
        String lower = type.toLowerCase(Locale.ROOT);
        IdentifierType t = lower.contains("passport") || lower.contains("pasaporte") || lower.contains("passeport")
                ? IdentifierType.PASSPORT
                : lower.contains("national identification") ? IdentifierType.NATIONAL_ID : IdentifierType.OTHER;
        String countryName = !d.text("ISSUING_COUNTRY").isEmpty() ? d.text("ISSUING_COUNTRY") : d.text("COUNTRY_OF_ISSUE");
        String code = countryName.isEmpty() ? null : Countries.toCode(countryName).orElse(null);
        String note = t == IdentifierType.OTHER ? type : d.text("NOTE");
        if (note != null && note.length() > 200) {
            note = note.substring(0, 200);
        }
        b.identifier(t, number, code, note);
    }
}
