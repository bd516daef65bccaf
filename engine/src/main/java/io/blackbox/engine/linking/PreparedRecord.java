package io.blackbox.engine.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A record normalised for comparison: every field canonical, multi-valued fields sorted and distinct,
 * hub values moved out of the comparable fields into {@link #hubKeys} so they connect actors in the
 * network view without counting as evidence. Immutable.
 */
final class PreparedRecord {

    static final String[] NONE = new String[0];

    final String id;
    final String name;
    final String[] nameTokens;
    final String address;
    final String[] addressTokens;
    final String country;
    final String[] emails;
    final String[] phones;
    final String[] domains;
    final String[] identifiers;
    final String dob;
    final String[] hubKeys;

    PreparedRecord(String id, String name, String address, String country, String[] emails, String[] phones,
                   String[] domains, String[] identifiers, String dob, String[] hubKeys) {
        this.id = id;
        this.name = name == null || name.isEmpty() ? null : name;
        this.nameTokens = this.name == null ? NONE : this.name.split(" ");
        this.address = address == null || address.isEmpty() ? null : address;
        this.addressTokens = this.address == null ? NONE : this.address.split(" ");
        this.country = country;
        this.emails = emails;
        this.phones = phones;
        this.domains = domains;
        this.identifiers = identifiers;
        this.dob = dob;
        this.hubKeys = hubKeys;
    }

    boolean hasAnyField() {
        return name != null || address != null || emails.length > 0 || phones.length > 0 || domains.length > 0
                || identifiers.length > 0 || hubKeys.length > 0;
    }

    /** Every exact key this record holds, prefixed by kind: e:, p:, d:, i:, a:. */
    List<String> exactKeys() {
        List<String> keys = new ArrayList<>();
        for (String e : emails) {
            keys.add("e:" + e);
        }
        for (String p : phones) {
            keys.add("p:" + p);
        }
        for (String d : domains) {
            keys.add("d:" + d);
        }
        for (String i : identifiers) {
            keys.add("i:" + i);
        }
        if (address != null) {
            keys.add("a:" + address);
        }
        return keys;
    }

    /** A copy whose values in {@code hubs} (prefixed keys) no longer count as evidence. */
    PreparedRecord withoutHubs(Set<String> hubs) {
        if (hubs.isEmpty()) {
            return this;
        }
        List<String> moved = new ArrayList<>(Arrays.asList(hubKeys));
        String[] e = strip(emails, "e:", hubs, moved);
        String[] p = strip(phones, "p:", hubs, moved);
        String[] d = strip(domains, "d:", hubs, moved);
        String[] i = strip(identifiers, "i:", hubs, moved);
        String a = address;
        if (a != null && hubs.contains("a:" + a)) {
            moved.add("a:" + a);
            a = null;
        }
        if (moved.size() == hubKeys.length) {
            return this;
        }
        return new PreparedRecord(id, name, a, country, e, p, d, i, dob, moved.toArray(NONE));
    }

    private static String[] strip(String[] values, String prefix, Set<String> hubs, List<String> moved) {
        List<String> kept = new ArrayList<>(values.length);
        for (String v : values) {
            if (hubs.contains(prefix + v)) {
                moved.add(prefix + v);
            } else {
                kept.add(v);
            }
        }
        return kept.size() == values.length ? values : kept.toArray(NONE);
    }
}
