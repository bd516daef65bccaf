package io.blackbox.engine.matching;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

import java.util.Set;

/**
 * Retrieval's ranking: BM25 with Lucene's defaults (k1 1.2, b 0.75), giving every term clause the very score
 * {@link BM25Similarity} gives it, bit for bit, but without what that class makes for each term clause of
 * each query and these fields do not use: a table of the length factor for all 256 norm values and a
 * written explanation of the idf. The retrieval fields keep no norms, so only one length factor is ever
 * needed; it is computed once per clause, and again only for a norm other than that of a norm-less field.
 * Fields that keep norms (first letters), and any clause of several terms, are scored by
 * {@link BM25Similarity} itself.
 */
final class RetrievalSimilarity extends Similarity {
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    /** The norm Lucene reports for a name of a field without norms. */
    private static final long NO_NORM = 1L;

    private final BM25Similarity bm25 = new BM25Similarity(K1, B);
    private final Set<String> fieldsWithNorms;

    RetrievalSimilarity(Set<String> fieldsWithNorms) {
        this.fieldsWithNorms = Set.copyOf(fieldsWithNorms);
    }

    @Override
    public long computeNorm(FieldInvertState state) {
        return bm25.computeNorm(state);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        if (terms.length != 1 || fieldsWithNorms.contains(collection.field())) {
            return bm25.scorer(boost, collection, terms);
        }
        long docFreq = terms[0].docFreq();
        long docCount = collection.docCount();
        float idf = (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
        float averageLength = (float) (collection.sumTotalTermFreq() / (double) docCount);
        return new Scorer(boost, idf, averageLength);
    }

    /** One term's scorer: {@code weight - weight / (1 + freq / lengthFactor)}, as BM25 writes it. */
    private static final class Scorer extends SimScorer {
        private final float boost;
        private final float idf;
        private final float averageLength;
        private final float weight;
        /** 1 / (k1 * (1 - b + b * length / average length)) for the length of a name without norms. */
        private final float inverseNoNorm;

        Scorer(float boost, float idf, float averageLength) {
            this.boost = boost;
            this.idf = idf;
            this.averageLength = averageLength;
            this.weight = boost * idf;
            this.inverseNoNorm = inverseLengthFactor(NO_NORM);
        }

        private float inverseLengthFactor(long encodedNorm) {
            float length = SmallFloat.byte4ToInt((byte) encodedNorm);
            return 1f / (K1 * ((1 - B) + B * length / averageLength));
        }

        @Override
        public float score(float freq, long encodedNorm) {
            float inverse = encodedNorm == NO_NORM ? inverseNoNorm : inverseLengthFactor(encodedNorm);
            return weight - weight / (1f + freq * inverse);
        }

        @Override
        public BulkSimScorer asBulkSimScorer() {
            return (size, freqs, norms, scores) -> {
                for (int i = 0; i < size; i++) {
                    scores[i] = score(freqs[i], norms[i]);
                }
            };
        }

        @Override
        public Explanation explain(Explanation freq, long encodedNorm) {
            return Explanation.match(score(freq.getValue().floatValue(), encodedNorm),
                    "BM25 score, boost " + boost + " times idf " + idf + " times the saturated term frequency, from:",
                    freq);
        }
    }

    @Override
    public String toString() {
        return "retrieval " + bm25;
    }
}
