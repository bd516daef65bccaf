package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Address;
import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * FollowTheMoney entities as JSON lines, both ways.
 *
 * <h2>Mapping</h2>
 * <pre>
 * ListEntity            FtM property
 * names PRIMARY         name
 * names ALIAS           alias            (import also: previousName)
 * names WEAK_ALIAS      weakAlias
 * countries             country          (import also: nationality, citizenship, jurisdiction, flag)
 * birthDates            birthDate for Person, incorporationDate otherwise (import reads both)
 * PASSPORT              passportNumber
 * NATIONAL_ID           idNumber
 * TAX_ID                taxNumber        (import also: innCode, vatCode)
 * REGISTRATION          registrationNumber (import also: ogrnCode, leiCode, okpoCode)
 * AIRCRAFT_REGISTRATION registrationNumber
 * IMO, MMSI, SWIFT_BIC  imoNumber, mmsi, swiftBic
 * EMAIL, PHONE, WEBSITE email, phone, website
 * addresses             address          (one line each)
 * programs              program          (import also: programId)
 * remarks               notes
 * source                datasets[0]; id is "source:sourceId"
 * </pre>
 * Identifiers of type OTHER have no FtM property and are not exported. Countries are written as FtM
 * writes them, lower-case ISO codes. Entities of schemata that are not parties (Sanction, Address,
 * Ownership, ...) are skipped on import with one warning per schema.
 */
public final class FtmJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FtmJson() {
    }

    /** One entity as one line of FtM JSON (no line break). */
    public static String toJson(ListEntity e) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", e.id());
        root.put("schema", e.schema().ftmName());
        ObjectNode props = root.putObject("properties");
        Map<String, List<String>> p = new LinkedHashMap<>();
        for (EntityName n : e.names()) {
            add(p, switch (n.kind()) {
                case PRIMARY -> "name";
                case ALIAS -> "alias";
                case WEAK_ALIAS -> "weakAlias";
            }, n.value());
        }
        for (String c : e.countries()) {
            add(p, "country", c.toLowerCase(Locale.ROOT));
        }
        for (PartialDate d : e.birthDates()) {
            add(p, e.schema().isPerson() ? "birthDate" : "incorporationDate", d.toString());
        }
        for (Identifier i : e.identifiers()) {
            String prop = switch (i.type()) {
                case PASSPORT -> e.schema().isPerson() ? "passportNumber" : "idNumber";
                case NATIONAL_ID -> "idNumber";
                case TAX_ID -> "taxNumber";
                case REGISTRATION, AIRCRAFT_REGISTRATION -> "registrationNumber";
                case IMO -> "imoNumber";
                case MMSI -> "mmsi";
                case SWIFT_BIC -> "swiftBic";
                case EMAIL -> "email";
                case PHONE -> "phone";
                case WEBSITE -> "website";
                case OTHER -> null;
            };
            if (prop != null) {
                add(p, prop, i.value());
            }
        }
        for (Address a : e.addresses()) {
            add(p, "address", a.full());
        }
        for (String prog : e.programs()) {
            add(p, "program", prog);
        }
        if (e.schema().isPerson()) {
            OfacRemarks.gender(e.remarks()).ifPresent(g -> add(p, "gender", g));
        }
        if (e.remarks() != null) {
            add(p, "notes", e.remarks());
        }
        p.forEach((k, values) -> {
            ArrayNode arr = props.putArray(k);
            values.forEach(arr::add);
        });
        root.putArray("datasets").add(e.source());
        return JSON.writeValueAsString(root);
    }

    /** Writes each entity as one line. */
    public static void write(Collection<ListEntity> entities, Writer out) {
        try {
            for (ListEntity e : entities) {
                out.write(toJson(e));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write FtM JSON", e);
        }
    }

    private static void add(Map<String, List<String>> p, String key, String value) {
        List<String> l = p.computeIfAbsent(key, k -> new ArrayList<>());
        if (!l.contains(value)) {
            l.add(value);
        }
    }

    /**
     * Reads FtM JSON lines. Each entity's source is its first dataset (made a valid key), else
     * {@code defaultSource}; one result per source.
     */
    public static List<ImportResult> read(List<ListInput> inputs, ImportLimits limits, String defaultSource) {
        IssueLog log = new IssueLog();
        Map<String, List<ListEntity>> bySource = new LinkedHashMap<>();
        for (ListInput in : inputs) {
            String file = in.baseName();
            String text;
            try {
                text = TextDecoder.decode(in, limits, null, log);
            } catch (InputRejectedException e) {
                log.error(file, e.location(), null, e.getMessage());
                continue;
            }
            if (text.isBlank()) {
                log.error(file, "file", null, "file is empty");
                continue;
            }
            Map<String, Integer> skipped = new TreeMap<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            int lineNo = 0;
            for (String line : text.split("\r?\n", -1)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String where = "line " + lineNo;
                if (line.length() > limits.maxFieldChars()) {
                    log.error(file, where, null, "line is longer than " + limits.maxFieldChars() + " characters; not imported");
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JacksonException e) {
                    log.error(file, where, null, "not valid JSON: " + e.getOriginalMessage() + "; line not imported");
                    continue;
                }
                if (!node.isObject()) {
                    log.error(file, where, null, "not a JSON object; line not imported");
                    continue;
                }
                String id = node.path("id").asString("").strip();
                String schemaName = node.path("schema").asString("").strip();
                if (id.isEmpty() || schemaName.isEmpty()) {
                    log.error(file, where, id.isEmpty() ? "id" : "schema", "entity lacks an id or schema; not imported");
                    continue;
                }
                Schema schema;
                try {
                    schema = Schema.parse(schemaName);
                } catch (IllegalArgumentException e) {
                    skipped.merge(schemaName, 1, Integer::sum);
                    continue;
                }
                String dataset = node.path("datasets").path(0).asString("");
                String source = dataset.isBlank() ? defaultSource
                        : dataset.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
                if (source.isEmpty()) {
                    source = defaultSource;
                }
                String sourceId = id.startsWith(source + ":") ? id.substring(source.length() + 1) : id;
                if (!seen.add(source + "\u0000" + sourceId)) {
                    log.error(file, where, "id", "id '" + id + "' appears twice; second one not imported");
                    continue;
                }
                JsonNode props = node.path("properties");
                EntityBuilder b = new EntityBuilder(source, sourceId, schema);
                strings(props, "name").forEach(n -> b.name(n, NameKind.PRIMARY));
                strings(props, "alias").forEach(n -> b.name(n, NameKind.ALIAS));
                strings(props, "previousName").forEach(n -> b.name(n, NameKind.ALIAS));
                strings(props, "weakAlias").forEach(n -> b.name(n, NameKind.WEAK_ALIAS));
                if (!b.hasName()) {
                    log.error(file, where, "name", "entity '" + id + "' has no name; not imported");
                    continue;
                }
                for (String prop : new String[]{"country", "nationality", "citizenship", "jurisdiction", "flag"}) {
                    for (String c : strings(props, prop)) {
                        String code = Countries.toCode(c).orElse(null);
                        if (code == null && !Countries.isPlaceholder(c)) {
                            log.warn(file, where, prop, "country '" + c + "' is not a known code or name");
                        }
                        b.country(code);
                    }
                }
                for (String prop : new String[]{"birthDate", "incorporationDate"}) {
                    for (String d : strings(props, prop)) {
                        List<PartialDate> dates = Dates.parse(d, Dates.SlashOrder.DAY_FIRST);
                        if (dates.isEmpty()) {
                            log.warn(file, where, prop, "date '" + d + "' is not a date");
                        }
                        dates.forEach(b::birthDate);
                    }
                }
                ids(props, b, IdentifierType.PASSPORT, "passportNumber");
                ids(props, b, IdentifierType.NATIONAL_ID, "idNumber");
                ids(props, b, IdentifierType.TAX_ID, "taxNumber", "innCode", "vatCode");
                ids(props, b, IdentifierType.REGISTRATION, "registrationNumber", "ogrnCode", "leiCode", "okpoCode");
                ids(props, b, IdentifierType.IMO, "imoNumber");
                ids(props, b, IdentifierType.MMSI, "mmsi");
                ids(props, b, IdentifierType.SWIFT_BIC, "swiftBic");
                ids(props, b, IdentifierType.EMAIL, "email");
                ids(props, b, IdentifierType.PHONE, "phone");
                ids(props, b, IdentifierType.WEBSITE, "website");
                strings(props, "address").forEach(a -> b.address(a, null, null));
                strings(props, "program").forEach(b::program);
                strings(props, "programId").forEach(b::program);
                List<String> notes = new ArrayList<>(strings(props, "notes"));
                b.remarks(String.join(" ", notes));
                bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(b.build());
            }
            skipped.forEach((schemaName, count) -> log.warn(file, "file", "schema", count + " entities of schema "
                    + schemaName + " are not parties; skipped"));
        }
        List<io.blackbox.engine.lists.ImportIssue> issues = log.issues();
        if (bySource.isEmpty()) {
            return List.of(new ImportResult(defaultSource, List.of(), issues));
        }
        List<ImportResult> out = new ArrayList<>();
        bySource.forEach((s, entities) -> out.add(new ImportResult(s, entities, issues)));
        return out;
    }

    private static void ids(JsonNode props, EntityBuilder b, IdentifierType type, String... names) {
        for (String n : names) {
            for (String v : strings(props, n)) {
                b.identifier(type, v, null, null);
            }
        }
    }

    private static List<String> strings(JsonNode props, String name) {
        List<String> out = new ArrayList<>();
        JsonNode n = props.path(name);
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
}
