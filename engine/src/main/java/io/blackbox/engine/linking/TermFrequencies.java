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

    /** Pseudo-records of prior belief mixed into every frequency, so small inputs are not all "common". */
    private static final double PRIOR_RECORDS = 1000;

    /**
     * The probability that a random other record shares this value: the u-probability of agreement on
     * it, (holders - 1) / (records - 1), smoothed towards {@code prior} (the feature's chance-agreement
     * rate) with {@link #PRIOR_RECORDS} pseudo-records: in a file of six rows every value is held by a
     * third of the rows, which says nothing about how common it is in the world.
     */
    double u(String prefixedKey, double prior) {
        int c = count(prefixedKey);
        return (Math.max(c - 1, 1) + PRIOR_RECORDS * prior) / (Math.max(records - 1, 1) + PRIOR_RECORDS);
    }
}
