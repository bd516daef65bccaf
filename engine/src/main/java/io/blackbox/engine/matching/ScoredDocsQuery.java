package io.blackbox.engine.matching;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A clause that matches a fixed list of documents, each with the score it was given: what a disjunction of many
 * short postings lists scores, worked out once and kept (a common word's neighbours,
 * {@link LuceneMatchIndex}). Documents are numbered as in the whole reader.
 */
final class ScoredDocsQuery extends Query {
    private final ScoredDocs docs;

    ScoredDocsQuery(ScoredDocs docs) {
        this.docs = docs;
    }

    /**
     * Documents in increasing order, each once, with their scores.
     *
     * @param max the highest of the scores, 0 when there is no document
     */
    record ScoredDocs(int[] docs, float[] scores, float max) {
        static final ScoredDocs NONE = new ScoredDocs(new int[0], new float[0], 0);

        /** From documents and scores in any order, a document listed more than once scoring its highest. */
        static ScoredDocs of(long[] pairs, int count) {
            // a score is never negative, so its bits order as the score does
            long[] sorted = Arrays.copyOf(pairs, count);
            Arrays.sort(sorted);
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (i + 1 < count && (sorted[i + 1] >>> 32) == (sorted[i] >>> 32)) {
                    continue; // the last of a document is its highest score
                }
                sorted[n++] = sorted[i];
            }
            int[] d = new int[n];
            float[] s = new float[n];
            float max = 0;
            for (int i = 0; i < n; i++) {
                d[i] = (int) (sorted[i] >>> 32);
                s[i] = Float.intBitsToFloat((int) sorted[i]);
                max = Math.max(max, s[i]);
            }
            return new ScoredDocs(d, s, max);
        }

        static long pair(int doc, float score) {
            if (!(score >= 0)) {
                throw new IllegalArgumentException("score " + score + " is negative");
            }
            // + 0f makes a negative zero positive, whose bits would order above every other score
            return ((long) doc << 32) | (Float.floatToIntBits(score + 0f) & 0xffffffffL);
        }

        int size() {
            return docs.length;
        }

        /** These documents but those marked. */
        ScoredDocs without(boolean[] dropped) {
            int n = 0;
            for (boolean d : dropped) {
                n += d ? 0 : 1;
            }
            int[] d = new int[n];
            float[] s = new float[n];
            float max = 0;
            for (int i = 0, j = 0; i < docs.length; i++) {
                if (!dropped[i]) {
                    d[j] = docs[i];
                    s[j] = scores[i];
                    max = Math.max(max, s[j++]);
                }
            }
            return new ScoredDocs(d, s, max);
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int base = context.docBase;
                int from = lowerBound(docs.docs, 0, docs.docs.length, base);
                int to = lowerBound(docs.docs, from, docs.docs.length, base + context.reader().maxDoc());
                if (from == to) {
                    return null;
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) {
                        return new ArrayScorer(base, from, to, boost);
                    }

                    @Override
                    public long cost() {
                        return to - from;
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Scorer scorer = scorer(context);
                if (scorer != null && scorer.iterator().advance(doc) == doc) {
                    return Explanation.match(scorer.score(), "scored before the search");
                }
                return Explanation.noMatch("not among the documents scored before the search");
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return true;
            }
        };
    }

    private final class ArrayScorer extends Scorer {
        private final int base;
        private final int to;
        private final float boost;
        private int at;
        private int doc = -1;
        private final DocIdSetIterator iterator = new DocIdSetIterator() {
            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() {
                return position(at + 1);
            }

            @Override
            public int advance(int target) {
                // a short gallop, then a binary search: targets are mostly near
                int step = 1;
                int hi = at + 1;
                while (hi < to && docs.docs[hi] - base < target) {
                    hi += step;
                    step <<= 1;
                }
                return position(lowerBound(docs.docs, Math.max(at + 1, hi - (step >>> 1)), Math.min(hi, to), target + base));
            }

            @Override
            public long cost() {
                return to - at;
            }
        };

        ArrayScorer(int base, int from, int to, float boost) {
            this.base = base;
            this.to = to;
            this.boost = boost;
            this.at = from - 1;
        }

        private int position(int i) {
            at = i;
            doc = i < to ? docs.docs[i] - base : DocIdSetIterator.NO_MORE_DOCS;
            return doc;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public DocIdSetIterator iterator() {
            return iterator;
        }

        @Override
        public float getMaxScore(int upTo) {
            return docs.max * boost;
        }

        @Override
        public float score() {
            return docs.scores[at] * boost;
        }
    }

    /** The first place in {@code [from, to)} whose document is at least {@code doc}, else {@code to}. */
    private static int lowerBound(int[] docs, int from, int to, int doc) {
        if (from >= to) {
            return from; // past the end already
        }
        // each document is listed once, so where it is or would be inserted is that place
        int at = Arrays.binarySearch(docs, from, to, doc);
        return at >= 0 ? at : -at - 1;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "scored(" + docs.size() + " names)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && docs == ((ScoredDocsQuery) other).docs;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + System.identityHashCode(docs);
    }
}
