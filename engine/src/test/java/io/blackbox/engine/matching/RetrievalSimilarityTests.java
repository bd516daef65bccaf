package io.blackbox.engine.matching;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The retrieval similarity must score exactly as Lucene's BM25 does, or the candidates would change. */
class RetrievalSimilarityTests {
    private final BM25Similarity bm25 = new BM25Similarity();
    private final RetrievalSimilarity retrieval = new RetrievalSimilarity(Set.of("f"));

    @Test
    void scoresEveryTermBitForBitAsBm25() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long docCount = 1 + random.nextInt(i % 2 == 0 ? 50 : 3_000_000);
            long docFreq = 1 + random.nextLong(docCount);
            // a field without norms or frequencies: each name holds a term at most once
            long sumDocFreq = docCount + random.nextLong(docCount * 12);
            CollectionStatistics collection = new CollectionStatistics("d", docCount + 1, docCount, sumDocFreq, sumDocFreq);
            TermStatistics term = new TermStatistics(new BytesRef("t"), docFreq, docFreq);
            float boost = switch (i % 4) {
                case 0 -> 1f;
                case 1 -> 0.35f;
                case 2 -> random.nextFloat() * 4;
                default -> 0.05f;
            };
            Similarity.SimScorer expected = bm25.scorer(boost, collection, term);
            Similarity.SimScorer actual = retrieval.scorer(boost, collection, term);
            float freq = i % 3 == 0 ? 1f : 1 + random.nextInt(5);
            long norm = i % 5 == 0 ? random.nextInt(256) : 1L;
            assertThat(Float.floatToRawIntBits(actual.score(freq, norm)))
                    .as("docCount %d docFreq %d boost %s freq %s norm %d", docCount, docFreq, boost, freq, norm)
                    .isEqualTo(Float.floatToRawIntBits(expected.score(freq, norm)));
        }
    }

    @Test
    void scoresInBulkAsBm25() {
        CollectionStatistics collection = new CollectionStatistics("d", 1_000_001, 1_000_000, 4_200_000, 4_200_000);
        TermStatistics term = new TermStatistics(new BytesRef("t"), 37, 37);
        float[] freqs = {1, 1, 2, 1, 3, 1, 1};
        long[] norms = {1, 1, 1, 9, 1, 1, 200};
        float[] expected = new float[freqs.length];
        float[] actual = new float[freqs.length];
        bm25.scorer(0.8f, collection, term).asBulkSimScorer().score(freqs.length, freqs, norms, expected);
        retrieval.scorer(0.8f, collection, term).asBulkSimScorer().score(freqs.length, freqs, norms, actual);
        assertThat(actual).containsExactly(expected);
    }

    @Test
    void fieldsThatKeepNormsAreScoredByBm25Itself() {
        CollectionStatistics collection = new CollectionStatistics("f", 100, 100, 300, 300);
        TermStatistics term = new TermStatistics(new BytesRef("r"), 40, 40);
        assertThat(retrieval.scorer(1f, collection, term).getClass())
                .isEqualTo(bm25.scorer(1f, collection, term).getClass());
        CollectionStatistics other = new CollectionStatistics("d", 100, 100, 300, 300);
        assertThat(retrieval.scorer(1f, other, term).getClass())
                .isNotEqualTo(bm25.scorer(1f, other, term).getClass());
    }
}
