package io.blackbox.engine.lists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two versions of a list: entities added, removed and changed, keyed by
 * {@link ListEntity#id()}, with a field-level diff for each changed entity.
 *
 * <p>Multi-valued fields (names, addresses, countries, dates, identifiers, programmes) are compared as
 * sets, because the order in which a source lists aliases carries no meaning and a reordering must not
 * raise alerts; each value that appeared is a {@link FieldChange} with a null old value, each value that
 * went away one with a null new value. Schema and remarks are compared as single values.
 *
 * @param added   entities only in the current version, in its order
 * @param removed entities only in the previous version, in its order
 * @param changed entities in both whose content differs, in the current version's order
 */
public record ListDelta(List<ListEntity> added, List<ListEntity> removed, List<Change> changed) {
    public ListDelta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** One field difference; for multi-valued fields exactly one of the values is null. */
    public record FieldChange(String field, String oldValue, String newValue) {
        public FieldChange {
            if (field == null || field.isBlank()) {
                throw new IllegalArgumentException("field name is empty");
            }
            if (oldValue == null && newValue == null) {
                throw new IllegalArgumentException("field " + field + " change has neither old nor new value");
            }
        }
    }

    /** An entity present in both versions with different content. */
    public record Change(ListEntity previous, ListEntity current, List<FieldChange> fields) {
        public Change {
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(current, "current");
            fields = List.copyOf(fields);
        }

        public String id() {
            return current.id();
        }
    }

    /**
     * Compares two versions.
     *
     * @throws IllegalArgumentException when one version holds the same id twice (naming it), since the
     *                                  delta would then be ambiguous
     */
    public static ListDelta between(Collection<ListEntity> previous, Collection<ListEntity> current) {
        Map<String, ListEntity> before = index(previous, "previous");
        Map<String, ListEntity> after = index(current, "current");
        List<ListEntity> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (ListEntity e : after.values()) {
            ListEntity old = before.get(e.id());
            if (old == null) {
                added.add(e);
            } else if (!old.equals(e)) {
                List<FieldChange> fields = diff(old, e);
                if (!fields.isEmpty()) {
                    changed.add(new Change(old, e, fields));
                }
            }
        }
        List<ListEntity> removed = before.values().stream().filter(e -> !after.containsKey(e.id())).toList();
        return new ListDelta(added, removed, changed);
    }

    /** True when the versions hold the same entities with the same content. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** The field differences between two entities with the same id. */
    public static List<FieldChange> diff(ListEntity old, ListEntity now) {
        List<FieldChange> out = new ArrayList<>();
        if (old.schema() != now.schema()) {
            out.add(new FieldChange("schema", old.schema().ftmName(), now.schema().ftmName()));
        }
        sets(out, "names", old.names(), now.names(), n -> n.value() + " (" + n.kind().name().toLowerCase() + ")");
        sets(out, "addresses", old.addresses(), now.addresses(),
                a -> a.full() + (a.country() == null ? "" : " [" + a.country() + "]"));
        sets(out, "countries", old.countries(), now.countries(), Function.identity());
        sets(out, "birthDates", old.birthDates(), now.birthDates(), PartialDate::toString);
        sets(out, "identifiers", old.identifiers(), now.identifiers(),
                i -> i.type() + " " + i.value() + (i.country() == null ? "" : " (" + i.country() + ")")
                        + (i.note() == null ? "" : " [" + i.note() + "]"));
        sets(out, "programs", old.programs(), now.programs(), Function.identity());
        if (!Objects.equals(old.remarks(), now.remarks())) {
            out.add(new FieldChange("remarks", old.remarks() == null ? "" : old.remarks(),
                    now.remarks() == null ? "" : now.remarks()));
        }
        return out;
    }

    private static <T> void sets(List<FieldChange> out, String field, List<T> old, List<T> now,
                                 Function<T, String> render) {
        Set<String> a = new LinkedHashSet<>();
        old.forEach(x -> a.add(render.apply(x)));
        Set<String> b = new LinkedHashSet<>();
        now.forEach(x -> b.add(render.apply(x)));
        for (String v : a) {
            if (!b.contains(v)) {
                out.add(new FieldChange(field, v, null));
            }
        }
        for (String v : b) {
            if (!a.contains(v)) {
                out.add(new FieldChange(field, null, v));
            }
        }
    }

    private static Map<String, ListEntity> index(Collection<ListEntity> entities, String which) {
        Map<String, ListEntity> m = new LinkedHashMap<>();
        for (ListEntity e : entities) {
            if (m.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("the " + which + " version holds id " + e.id() + " twice");
            }
        }
        return m;
    }
}
