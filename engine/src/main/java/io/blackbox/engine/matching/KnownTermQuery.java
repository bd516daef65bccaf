package io.blackbox.engine.matching;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.codecs.BlockTermState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.IOSupplier;

/**
 * A term clause whose dictionary look-up is known before the search, scored as Lucene's {@code TermQuery} scores
 * it (the same {@link TermScorer}, the same similarity, the same statistics), but opening its postings from one
 * terms enum per field that all clauses of one retrieval query share ({@link Dictionaries}). A
 * {@code TermQuery} opens a terms enum of its own for every clause, which builds the dictionary's reader and
 * frames afresh only to position itself on a term already found; a retrieval query has dozens of clauses.
 */
final class KnownTermQuery extends Query {
    private final Term term;
    private final TermStates states;
    private final Dictionaries dictionaries;

    KnownTermQuery(Term term, TermStates states, Dictionaries dictionaries) {
        this.term = Objects.requireNonNull(term);
        this.states = Objects.requireNonNull(states);
        this.dictionaries = Objects.requireNonNull(dictionaries);
    }

    /**
     * The terms enums one retrieval query's clauses share, one per segment and field. The clauses of a query
     * are opened one after another on the thread searching the segment; each position in the enum lasts only
     * until its postings are opened, which then read on their own.
     */
    static final class Dictionaries {
        private final List<Map<String, TermsEnum>> bySegment;

        Dictionaries(int segments) {
            bySegment = new java.util.ArrayList<>(segments);
            for (int i = 0; i < segments; i++) {
                bySegment.add(new HashMap<>(8));
            }
        }

        TermsEnum positioned(LeafReaderContext context, Term term, TermState state) throws IOException {
            Map<String, TermsEnum> byField = bySegment.get(context.ord);
            TermsEnum terms = byField.get(term.field());
            if (terms == null) {
                Terms fieldTerms = context.reader().terms(term.field());
                if (fieldTerms == null) {
                    return null;
                }
                terms = fieldTerms.iterator();
                byField.put(term.field(), terms);
            }
            terms.seekExact(term.bytes(), state);
            return terms;
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Similarity.SimScorer simScorer = null;
        if (scoreMode.needsScores() && states.docFreq() > 0) {
            CollectionStatistics collection = searcher.collectionStatistics(term.field());
            simScorer = collection == null ? null : searcher.getSimilarity().scorer(boost, collection,
                    searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
        }
        return new KnownTermWeight(scoreMode, simScorer);
    }

    private final class KnownTermWeight extends Weight {
        private final ScoreMode scoreMode;
        private final Similarity.SimScorer simScorer;

        KnownTermWeight(ScoreMode scoreMode, Similarity.SimScorer simScorer) {
            super(KnownTermQuery.this);
            this.scoreMode = scoreMode;
            this.simScorer = simScorer;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            IOSupplier<TermState> supplier = states.get(context);
            TermState state = supplier == null ? null : supplier.get();
            if (state == null || (scoreMode.needsScores() && simScorer == null)) {
                return null;
            }
            long docFreq = state instanceof BlockTermState block ? block.docFreq : states.docFreq();
            return new ScorerSupplier() {
                private boolean topLevelScoringClause;

                @Override
                public Scorer get(long leadCost) throws IOException {
                    TermsEnum terms = dictionaries.positioned(context, term, state);
                    if (terms == null) {
                        return null;
                    }
                    // as TermQuery opens them: impacts for a top-k search, plain postings otherwise
                    NumericDocValues norms = scoreMode.needsScores() ? context.reader().getNormValues(term.field()) : null;
                    if (scoreMode == ScoreMode.TOP_SCORES) {
                        return new TermScorer(terms.impacts(PostingsEnum.FREQS), simScorer, norms, topLevelScoringClause);
                    }
                    return new TermScorer(terms.postings(null, scoreMode.needsScores() ? PostingsEnum.FREQS
                            : PostingsEnum.NONE), simScorer, norms);
                }

                @Override
                public long cost() {
                    return docFreq;
                }

                @Override
                public void setTopLevelScoringClause() {
                    topLevelScoringClause = true;
                }
            };
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            Scorer scorer = scorer(context);
            if (scorer != null && scorer.iterator().advance(doc) == doc) {
                return Explanation.match(scorer.score(), "term " + term + " known before the search");
            }
            return Explanation.noMatch("no name holds " + term);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return true;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(term.field())) {
            visitor.consumeTerms(this, term);
        }
    }

    @Override
    public String toString(String field) {
        return term.field().equals(field) ? term.text() : term.toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && term.equals(((KnownTermQuery) other).term)
                && dictionaries == ((KnownTermQuery) other).dictionaries;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + term.hashCode();
    }
}
