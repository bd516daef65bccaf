package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Address;
import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accumulates the parts of one entity as a file is read, dropping exact duplicates (the same alias in
 * the alias file and in the remarks, the same country twice) so that {@link ListEntity} values compare
 * cleanly between versions. Blank values are ignored, as the files use them for "none".
 */
public final class EntityBuilder {
    private final String source;
    private final String sourceId;
    private Schema schema;
    private final Map<String, EntityName> names = new LinkedHashMap<>();
    private final Set<Address> addresses = new LinkedHashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Set<PartialDate> birthDates = new LinkedHashSet<>();
    private final Set<Identifier> identifiers = new LinkedHashSet<>();
    private final Set<String> programs = new LinkedHashSet<>();
    private final List<String> remarks = new ArrayList<>();

    public EntityBuilder(String source, String sourceId, Schema schema) {
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("sourceId is empty for an entity of " + source);
        }
        this.source = source;
        this.sourceId = sourceId.strip();
        this.schema = schema;
    }

    public String sourceId() {
        return sourceId;
    }

    public Schema schema() {
        return schema;
    }

    public EntityBuilder schema(Schema s) {
        this.schema = s;
        return this;
    }

    public boolean hasName() {
        return !names.isEmpty();
    }

    /**
     * Adds a name. A name already present keeps its stronger kind: an alias that repeats the primary
     * name is not added again, and a weak alias that is also a strong alias stays strong.
     */
    public EntityBuilder name(String value, NameKind kind) {
        if (value == null || value.isBlank()) {
            return this;
        }
        String v = collapseSpaces(value.strip());
        String key = v.toLowerCase(Locale.ROOT);
        EntityName old = names.get(key);
        if (old == null || kind.ordinal() < old.kind().ordinal()) {
            names.put(key, new EntityName(v, kind));
        }
        return this;
    }

    private static String collapseSpaces(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (space && (c != ' ' || (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))))) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                if (sb.isEmpty() || sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else if (sb != null) {
                if (!(space && sb.charAt(sb.length() - 1) == ' ')) {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    public EntityBuilder address(Address a) {
        if (a != null) {
            addresses.add(a);
        }
        return this;
    }

    /** Adds an address from parts; the country part (a code) also becomes one of the entity's countries. */
    public EntityBuilder address(String full, String city, String countryCode) {
        if (full != null && !full.isBlank()) {
            addresses.add(new Address(full, city, countryCode));
        }
        country(countryCode);
        return this;
    }

    /** Adds an ISO alpha-2 code; null and blank are ignored. */
    public EntityBuilder country(String code) {
        if (code != null && !code.isBlank()) {
            countries.add(code.strip().toUpperCase(Locale.ROOT));
        }
        return this;
    }

    public EntityBuilder birthDate(PartialDate d) {
        if (d != null) {
            birthDates.add(d);
        }
        return this;
    }

    public EntityBuilder identifier(IdentifierType type, String value, String country, String note) {
        if (value != null && !value.isBlank()) {
            identifiers.add(new Identifier(type, value, country, note));
        }
        return this;
    }

    public EntityBuilder program(String p) {
        if (p != null && !p.isBlank()) {
            programs.add(p.strip());
        }
        return this;
    }

    public EntityBuilder remarks(String r) {
        if (r != null && !r.isBlank()) {
            remarks.add(r.strip());
        }
        return this;
    }

    public ListEntity build() {
        return new ListEntity(source, sourceId, schema, List.copyOf(names.values()), List.copyOf(addresses),
                List.copyOf(countries), List.copyOf(birthDates), List.copyOf(identifiers), List.copyOf(programs),
                remarks.isEmpty() ? null : String.join(" ", remarks));
    }
}
