package io.blackbox.engine.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Documents scored beforehand must be found and scored as given, in every segment, alone or with other clauses. */
class ScoredDocsQueryTests {
    private static final int DOCS = 2_000;
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMaxBufferedDocs(300)
                .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < DOCS; i++) {
                Document d = new Document();
                d.add(new StringField("third", i % 3 == 0 ? "yes" : "no", Field.Store.NO));
                writer.addDocument(d);
            }
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSizeGreaterThan(3);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void aDocumentGivenTwiceKeepsItsHighestScoreAndOrderIsByDocument() {
        long[] pairs = {
                ScoredDocsQuery.ScoredDocs.pair(7, 0.5f), ScoredDocsQuery.ScoredDocs.pair(3, 1.25f),
                ScoredDocsQuery.ScoredDocs.pair(7, 2f), ScoredDocsQuery.ScoredDocs.pair(7, 0.25f),
                ScoredDocsQuery.ScoredDocs.pair(0, -0f), ScoredDocsQuery.ScoredDocs.pair(0, 0.5f)};
        ScoredDocsQuery.ScoredDocs docs = ScoredDocsQuery.ScoredDocs.of(pairs, pairs.length);
        assertThat(docs.docs()).containsExactly(0, 3, 7);
        assertThat(docs.scores()).containsExactly(0.5f, 1.25f, 2f);
        assertThat(docs.max()).isEqualTo(2f);
        ScoredDocsQuery.ScoredDocs fewer = docs.without(new boolean[] {false, false, true});
        assertThat(fewer.docs()).containsExactly(0, 3);
        assertThat(fewer.max()).isEqualTo(1.25f);
        assertThatThrownBy(() -> ScoredDocsQuery.ScoredDocs.pair(1, -1f)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsAndScoresTheGivenDocumentsAloneWithAFilterAndInADisjunction() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Random random = new Random(17);
        for (int trial = 0; trial < 200; trial++) {
            TreeMap<Integer, Float> given = new TreeMap<>();
            int n = random.nextInt(trial % 4 == 0 ? 5 : 400);
            long[] pairs = new long[n];
            for (int i = 0; i < n; i++) {
                int doc = random.nextInt(DOCS);
                float score = random.nextInt(50) / 8f;
                given.merge(doc, score, Math::max);
                pairs[i] = ScoredDocsQuery.ScoredDocs.pair(doc, score);
            }
            ScoredDocsQuery.ScoredDocs docs = ScoredDocsQuery.ScoredDocs.of(pairs, n);
            ScoredDocsQuery query = new ScoredDocsQuery(docs);

            assertThat(hits(searcher, query, DOCS)).isEqualTo(expected(given, false));
            // advanced to the documents a filter leads to
            BooleanQuery filtered = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("third", "yes")), BooleanClause.Occur.FILTER)
                    .add(query, BooleanClause.Occur.MUST).build();
            assertThat(hits(searcher, filtered, DOCS)).isEqualTo(expected(given, true));
            // beside a clause matching every third document with score 1: the best of the two
            DisjunctionMaxQuery max = new DisjunctionMaxQuery(List.of(
                    new ConstantScoreQuery(new TermQuery(new Term("third", "yes"))), query), 0f);
            TreeMap<Integer, Float> best = new TreeMap<>(given);
            for (int d = 0; d < DOCS; d += 3) {
                best.merge(d, 1f, Math::max);
            }
            assertThat(hits(searcher, max, 10)).isEqualTo(expected(best, false).subList(0, Math.min(10, best.size())));
        }
    }

    /** Hits as "doc:score", best first and by document among equals, as a top-k search orders them. */
    private static List<String> hits(IndexSearcher searcher, org.apache.lucene.search.Query query, int k)
            throws IOException {
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(k, k));
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) {
            out.add(d.doc + ":" + d.score);
        }
        return out;
    }

    private static List<String> expected(TreeMap<Integer, Float> given, boolean thirdOnly) {
        return given.entrySet().stream().filter(e -> !thirdOnly || e.getKey() % 3 == 0)
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                        : Float.compare(b.getValue(), a.getValue()))
                .map(e -> e.getKey() + ":" + e.getValue()).toList();
    }
}
