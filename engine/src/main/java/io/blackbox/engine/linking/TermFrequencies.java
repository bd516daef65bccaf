package io.blackbox.engine.linking;

/**
 * How many records hold each exact value (name, address, e-mail, phone, domain, identifier, date), so
 * agreement on a rare value weighs more than agreement on a common one. Immutable once built.
 */
final class TermFrequencies {

    private final LongIntMap counts;
    private final int records;

    private TermFrequencies(LongIntMap counts, int records) {
        this.counts = counts;
        this.records = records;
    }

    static TermFrequencies of(PreparedRecord[] records) {
        LongIntMap counts = new LongIntMap(records.length * 6);
        for (PreparedRecord r : records) {
            forEachKey(r, k -> counts.add(LongIntMap.hash(k), 1));
        }
        return new TermFrequencies(counts, records.length);
    }

    static void forEachKey(PreparedRecord r, java.util.function.Consumer<String> sink) {
        if (r.name != null) {
            sink.accept("n:" + r.name);
        }
        if (r.address != null) {
            sink.accept("a:" + r.address);
        }
        if (r.dob != null) {
            sink.accept("b:" + r.dob);
        }
        for (String v : r.emails) {
            sink.accept("e:" + v);
        }
        for (String v : r.phones) {
            sink.accept("p:" + v);
        }
        for (String v : r.domains) {
            sink.accept("d:" + v);
        }
        for (String v : r.identifiers) {
            sink.accept("i:" + v);
        }
    }

    int records() {
        return records;
    }

    int count(String prefixedKey) {
        return counts.get(LongIntMap.hash(prefixedKey));
    }

    /**
     * The probability that a random other record shares this value: the u-probability of agreement
     * on it. At least 1/N so a value seen once (for instance in a new report) stays finite.
     */
    double u(String prefixedKey) {
        int n = Math.max(records, 2);
        int c = count(prefixedKey);
        return Math.max(c - 1, 1) / (double) (n - 1);
    }
}
