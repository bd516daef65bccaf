package io.blackbox.engine.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Clauses that share terms enums must find and score exactly what Lucene's own term queries do. */
class KnownTermQueryTests {
    private static final String[] WORDS = {"ali", "hassan", "hasan", "petrov", "petrova", "ivan", "ivanov", "smith",
            "smyth", "john", "jon", "trading", "llc", "global", "mohammed", "muhammad", "zhang", "wei", "lee", "li"};
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(11);
        FieldType tokens = new FieldType(StringField.TYPE_NOT_STORED);
        tokens.setOmitNorms(true);
        tokens.setIndexOptions(IndexOptions.DOCS);
        tokens.freeze();
        FieldType sounds = new FieldType(tokens);
        sounds.setOmitNorms(false);
        sounds.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        sounds.freeze();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMaxBufferedDocs(700))) {
            for (int i = 0; i < 3_000; i++) {
                Document d = new Document();
                int n = 1 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    String w = WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 6)];
                    d.add(new Field("tokens", w, tokens));
                    d.add(new Field("sounds", w.substring(0, 2), sounds));
                }
                writer.addDocument(d);
            }
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSizeGreaterThan(1); // several segments, each with enums of its own
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void findsAndScoresAsTermQueryInRetrievalShapedQueries() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new RetrievalSimilarity(java.util.Set.of("sounds")));
        Random random = new Random(5);
        for (int q = 0; q < 300; q++) {
            List<String> words = new ArrayList<>();
            for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
                words.add(WORDS[random.nextInt(WORDS.length)]);
            }
            KnownTermQuery.Dictionaries dictionaries = new KnownTermQuery.Dictionaries(reader.leaves().size());
            Query expected = query(words, t -> new TermQuery(t, states(searcher, t)));
            Query actual = query(words, t -> new KnownTermQuery(t, states(searcher, t), dictionaries));
            TopDocs e = searcher.search(expected, new TopScoreDocCollectorManager(10, 10));
            TopDocs a = searcher.search(actual, new TopScoreDocCollectorManager(10, 10));
            assertThat(a.scoreDocs).as("query %s", words).hasSameSizeAs(e.scoreDocs);
            for (int i = 0; i < e.scoreDocs.length; i++) {
                ScoreDoc x = e.scoreDocs[i];
                ScoreDoc y = a.scoreDocs[i];
                assertThat(y.doc).as("query %s rank %d", words, i).isEqualTo(x.doc);
                assertThat(Float.floatToRawIntBits(y.score)).as("query %s rank %d", words, i)
                        .isEqualTo(Float.floatToRawIntBits(x.score));
            }
        }
    }

    /** Shaped as retrieval's: per word a disjunction of the word and its sound, beside a clause for the sound. */
    private static Query query(List<String> words, Function<Term, Query> clause) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            Query word = new BoostQuery(clause.apply(new Term("tokens", w)), 2f);
            Query sound = new BoostQuery(clause.apply(new Term("sounds", w.substring(0, 2))), 0.7f);
            b.add(new DisjunctionMaxQuery(List.of(word, sound), 0f), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(clause.apply(new Term("sounds", w.substring(0, 2))), 0.3f), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static TermStates states(IndexSearcher searcher, Term t) {
        try {
            return TermStates.build(searcher, t, true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
