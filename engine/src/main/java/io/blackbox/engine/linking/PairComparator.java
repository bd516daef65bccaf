package io.blackbox.engine.linking;

/**
 * Computes the comparison vector of two prepared records: one level per {@link Feature}, and for exact
 * agreements the shared value (prefixed key) whose term frequency adjusts the weight. Thread-safe.
 */
final class PairComparator {

    private final NameSimilarity names;

    PairComparator(NameSimilarity names) {
        this.names = names;
    }

    /**
     * Fills {@code levels} (one per feature) and {@code shared} (the agreeing value for level-1
     * features, else null).
     */
    void compare(PreparedRecord a, PreparedRecord b, int[] levels, String[] shared) {
        java.util.Arrays.fill(shared, null);
        compareName(a, b, levels, shared);
        compareAddress(a, b, levels, shared);
        compareExact(a, b, levels, shared);
    }

    /** Name level: exact, Jaro-Winkler bands, or containment. The expensive part of a comparison. */
    void compareName(PreparedRecord a, PreparedRecord b, int[] levels, String[] shared) {
        int f = Feature.NAME.ordinal();
        if (a.name == null || b.name == null) {
            levels[f] = 0;
        } else if (a.name.equals(b.name)) {
            levels[f] = 1;
            shared[f] = "n:" + a.name;
        } else {
            double s = names instanceof TokenJaroWinkler
                    ? TokenJaroWinkler.similarity(a.name, a.nameTokens, b.name, b.nameTokens)
                    : names.similarity(a.name, b.name);
            levels[f] = s >= 0.94 ? 2 : contained(a.nameTokens, b.nameTokens) ? 3 : s >= 0.85 ? 4 : s >= 0.70 ? 5 : 6;
        }
    }

    void compareAddress(PreparedRecord a, PreparedRecord b, int[] levels, String[] shared) {
        int f = Feature.ADDRESS.ordinal();
        if (a.address == null || b.address == null) {
            levels[f] = 0;
        } else if (a.address.equals(b.address)) {
            levels[f] = 1;
            shared[f] = "a:" + a.address;
        } else {
            double s = TokenJaroWinkler.tokenScore(a.addressTokens, b.addressTokens);
            levels[f] = s >= 0.90 ? 2 : s >= 0.75 ? 3 : s >= 0.50 ? 4 : 5;
        }
    }

    /** The cheap features: country, e-mail, phone, domain, identifier, date. */
    void compareExact(PreparedRecord a, PreparedRecord b, int[] levels, String[] shared) {
        int f = Feature.COUNTRY.ordinal();
        levels[f] = a.country == null || b.country == null ? 0 : a.country.equals(b.country) ? 1 : 2;
        sets(a.emails, b.emails, "e:", Feature.EMAIL.ordinal(), levels, shared);
        sets(a.phones, b.phones, "p:", Feature.PHONE.ordinal(), levels, shared);
        sets(a.domains, b.domains, "d:", Feature.DOMAIN.ordinal(), levels, shared);
        sets(a.identifiers, b.identifiers, "i:", Feature.IDENTIFIER.ordinal(), levels, shared);
        f = Feature.DOB.ordinal();
        if (a.dob == null || b.dob == null) {
            levels[f] = 0;
        } else if (a.dob.equals(b.dob) && a.dob.length() == 8) {
            levels[f] = 1;
            shared[f] = "b:" + a.dob;
        } else {
            levels[f] = closeDates(a.dob, b.dob) ? 2 : 3;
        }
    }

    /**
     * Whether every word of the shorter name (at least one of four letters or more) has a close partner in
     * the longer one: "Niigrafit JSC" within "Research Institute of Graphite Materials Niigrafit".
     */
    static boolean contained(String[] a, String[] b) {
        String[] shorter = a.length <= b.length ? a : b;
        String[] longer = a.length <= b.length ? b : a;
        if (shorter.length == longer.length) {
            return false;
        }
        boolean substantial = false;
        for (String t : shorter) {
            boolean found = false;
            for (String o : longer) {
                if (t.equals(o) || (t.length() >= 4 && o.length() >= 4 && JaroWinkler.similarity(t, o) >= 0.93)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
            substantial |= t.length() >= 4;
        }
        return substantial;
    }

    private static void sets(String[] a, String[] b, String prefix, int f, int[] levels, String[] shared) {
        if (a.length == 0 || b.length == 0) {
            levels[f] = 0;
            return;
        }
        // both sorted: a merge walk finds the first shared value
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) {
                levels[f] = 1;
                shared[f] = prefix + a[i];
                return;
            }
            if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        levels[f] = 2;
    }

    /** Same year and month or day, day and month swapped, or one typing slip in a full date. */
    static boolean closeDates(String a, String b) {
        if (a.length() < 8 || b.length() < 8) {
            int n = Math.min(a.length(), b.length());
            return a.regionMatches(0, b, 0, n);
        }
        if (a.regionMatches(0, b, 0, 4)
                && (a.regionMatches(4, b, 4, 2) || a.regionMatches(6, b, 6, 2)
                || (a.regionMatches(4, b, 6, 2) && a.regionMatches(6, b, 4, 2)))) {
            return true;
        }
        int diff = 0;
        for (int i = 0; i < 8; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diff++;
            }
        }
        return diff == 1;
    }
}
