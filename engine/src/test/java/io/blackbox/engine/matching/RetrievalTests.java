package io.blackbox.engine.matching;

import io.blackbox.engine.lists.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retrieval among many similar names: the wanted record must reach the rescored candidates even when
 * hundreds of others share its common tokens, its nicknames' formal names or its first letters.
 */
class RetrievalTests {
    private static MatchIndex index;

    @BeforeAll
    static void build() {
        List<MatchRecord> r = new ArrayList<>();
        String[] given = {"Max", "Mark", "Walter", "Sean", "Wendy", "Fiona", "Rosa", "Robert", "Jason", "Adam",
                "Rose", "Mary", "Peter", "Paul", "Anna", "Linda", "Tom", "Carl", "Nina", "Omar"};
        String[] family = {"Rose", "Taylor", "Brown", "Cohen", "Noble", "Fuentes", "Evans", "West", "Berg", "Lopez",
                "Chapman", "Cox", "Carter", "Hughes", "Gay", "Roberts", "Rosales", "Santos", "Reed", "Kidd"};
        for (String g : given) {
            for (String f : family) {
                r.add(MatchIndexTests.record("f:" + g + f, Schema.PERSON, g + " " + f));
                r.add(MatchIndexTests.record("m:" + g + f, Schema.PERSON, g + " Robert " + f));
            }
        }
        r.add(MatchIndexTests.record("w:rosen", Schema.PERSON, "Jacky Rosen"));
        r.add(MatchIndexTests.record("w:robertc", Schema.PERSON, "Robert C."));
        r.add(MatchIndexTests.record("w:crow", Schema.PERSON, "Jason Crow"));
        r.add(MatchIndexTests.record("w:gray", Schema.PERSON, "Adam Gray"));
        index = MatchIndex.build(r);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static String top(String query) {
        return index.search(Query.name(query), 5).getFirst().entityId();
    }

    @Test
    void aRareTokenOutweighsACommonOneWithManyNicknames() {
        // "Rose" has a dozen formal names (Rosemary, Rosalind, ...); each must not count again.
        assertThat(top("Jacky Rose")).isEqualTo("w:rosen");
    }

    @Test
    void aTypoInAThreeLetterTokenIsFoundThroughTheLongerSpelling() {
        assertThat(top("Cow Jason")).isEqualTo("w:crow");
        assertThat(top("Adam Gay")).isEqualTo("f:AdamGay");
        assertThat(index.search(Query.name("Adam Gay"), 5)).extracting(MatchResult::entityId).contains("w:gray");
    }

    @Test
    void initialsNarrowACommonGivenName() {
        assertThat(top("Robert C.")).isEqualTo("w:robertc");
    }

    @Test
    void aNameOfAThousandCharactersIsSearchedWithoutOverflowingTheQuery() {
        StringBuilder name = new StringBuilder("Jacky Rosen");
        for (int i = 0; name.length() < 990; i++) {
            // words of letters only: each brings deletion keys, a sound and a skeleton
            name.append(' ').append(Integer.toString(i * 7919 + 100_000, 36).replaceAll("[0-9]", "k"));
        }
        assertThat(index.search(Query.name(name.toString()), 5)).isNotNull();
    }

    @Test
    void remembersTermLookUpsWithoutChangingAResultEvenUnderConcurrentSearches() throws InterruptedException {
        List<String> queries = List.of("Jacky Rosen", "Cow Jason", "Robert C.", "Mary Robert Fuentes", "Nobody Known",
                "Adam Gay", "Omar Kidd", "Linda Robert Rosales");
        List<List<MatchResult>> first = queries.stream().map(q -> index.search(Query.name(q), 5)).toList();
        List<List<List<MatchResult>>> again = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            List<List<MatchResult>> mine = java.util.Collections.synchronizedList(new ArrayList<>());
            again.add(mine);
            threads.add(Thread.ofPlatform().start(() -> queries.forEach(q -> mine.add(index.search(Query.name(q), 5)))));
        }
        for (Thread t : threads) {
            t.join();
        }
        for (List<List<MatchResult>> r : again) {
            assertThat(ids(r)).isEqualTo(ids(first));
        }
    }

    @Test
    void remembersTermsNoNameHoldsAndCommonOnesButLooksRareOnesUpEachTime() {
        List<MatchRecord> r = new ArrayList<>();
        for (int i = 0; i < LuceneMatchIndex.MIN_REMEMBERED_NAMES; i++) {
            r.add(MatchIndexTests.record("c" + i, Schema.PERSON, "Walter " + Integer.toString(i * 7919 + 100_000, 36)
                    .replaceAll("[0-9]", "k")));
        }
        r.add(MatchIndexTests.record("rare", Schema.PERSON, "Walter Quenby"));
        try (MatchIndex fresh = MatchIndex.build(r)) {
            LuceneMatchIndex lucene = (LuceneMatchIndex) fresh;
            List<MatchResult> cold = fresh.search(Query.name("Walter Quenby Zyxt"), 5);
            assertThat(cold.getFirst().entityId()).isEqualTo("rare");
            // held by every name: remembered; held by one: looked up again next time; held by none: remembered
            assertThat(lucene.remembers(LuceneMatchIndex.TOKENS, "walter")).isTrue();
            assertThat(lucene.remembers(LuceneMatchIndex.TOKENS, "quenby")).isFalse();
            assertThat(lucene.remembers(LuceneMatchIndex.TOKENS, "zyxt")).isTrue();
            // a common word's spellings are remembered whole, a rare or unknown word's are not
            assertThat(lucene.remembersSpellings("walter")).isTrue();
            assertThat(lucene.remembersSpellings("quenby")).isFalse();
            assertThat(lucene.remembersSpellings("zyxt")).isFalse();
            // a term no name holds adds no clause, which changes no score
            assertThat(ids(List.of(fresh.search(Query.name("Walter Quenby Zyxt"), 5))))
                    .isEqualTo(ids(List.of(cold)));
            assertThat(fresh.search(Query.name("Walter Quenby"), 5)).extracting(MatchResult::entityId)
                    .isEqualTo(cold.stream().map(MatchResult::entityId).toList());
        }
    }

    @Test
    void stopsRememberingWhenFullAndKeepsWhatItHas() {
        LuceneMatchIndex lucene = (LuceneMatchIndex) index;
        java.util.Random random = new java.util.Random(3);
        index.search(Query.name("Qwzvbx Walter"), 1);
        assertThat(lucene.remembers(LuceneMatchIndex.TOKENS, "qwzvbx")).isTrue();
        StringBuilder word = new StringBuilder();
        while (lucene.rememberedTerms() < LuceneMatchIndex.MAX_CACHED_TERMS) {
            // words no name holds: each is remembered, with its deletion keys, as absent
            word.setLength(0);
            for (int i = 0; i < 9; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            index.search(Query.name(word.toString()), 1);
        }
        index.search(Query.name("Zvqwxk Walter"), 1);
        assertThat(lucene.remembers(LuceneMatchIndex.TOKENS, "zvqwxk")).isFalse();
        assertThat(lucene.remembers(LuceneMatchIndex.TOKENS, "qwzvbx")).isTrue();
        assertThat(lucene.rememberedTerms()).isEqualTo(LuceneMatchIndex.MAX_CACHED_TERMS);
        assertThat(top("Jacky Rosen")).isEqualTo("w:rosen");
    }

    @Test
    void aCommonWordsDeletionKeysWorkedOutFindTheSameNamesWithTheSameScores() throws java.io.IOException {
        // "walter" is common; names spelled within one edit of it (and one holding two spellings, others holding
        // a nickname's formal name) are what its deletion keys find beside the names holding it
        List<MatchRecord> r = new ArrayList<>();
        String[] family = {"Rose", "Taylor", "Brown", "Cohen"};
        for (int i = 0; i < family.length * LuceneMatchIndex.MIN_REMEMBERED_NAMES; i++) {
            r.add(MatchIndexTests.record("c" + i, Schema.PERSON, "Walter " + family[i % family.length] + " "
                    + Integer.toString(i * 7919 + 100_000, 36).replaceAll("[0-9]", "k")));
        }
        // "Wal Ter" holds walter only joined, so none of its keys: the name after it must not be taken for it
        String[] near = {"Wal Ter Smith", "Walther Rose", "Walte Brown", "Valter Cohen", "Wlater Noble", "Walters Evans",
                "Walter Walther West", "Alter Berg", "Waltr Lopez", "Walt Taylor", "Wally Fuentes", "William Rose",
                "Bill Brown", "Willy Evans", "Rosemary Cohen", "Roze Noble", "Rse West", "Bron Berg"};
        for (int i = 0; i < near.length; i++) {
            r.add(MatchIndexTests.record("n" + i, Schema.PERSON, near[i]));
        }
        List<String> queries = List.of("Walter Rose", "Walter Brown", "Walther", "Walter", "Walter Bill",
                "Rose Walter Cohen", "Walte Noble", "Walter Berg West");
        for (double floor : new double[] {0, 0.3}) {
            try (MatchIndex built = MatchIndex.build(r, new Matcher(), null, 30, floor)) {
                LuceneMatchIndex lucene = (LuceneMatchIndex) built;
                for (String q : queries) {
                    PreparedRecord prepared = built.matcher().prepare(Query.name(q)).record;
                    lucene.workOutKeys(false);
                    org.apache.lucene.search.TopDocs byKeys = lucene.retrieve(prepared);
                    lucene.workOutKeys(true);
                    org.apache.lucene.search.TopDocs cold = lucene.retrieve(prepared);
                    org.apache.lucene.search.TopDocs remembered = lucene.retrieve(prepared);
                    assertThat(hits(cold)).as(q + ", floor " + floor).isEqualTo(hits(byKeys));
                    assertThat(hits(remembered)).as(q + ", floor " + floor).isEqualTo(hits(byKeys));
                }
                // the common words are remembered worked out, holding the names spelled within a shared key and
                // not those holding the word itself: Walther, Walte, Valter, Wlater, Walters, Alter, Waltr for
                // Walter (not Walt, Wally, nor "Walter Walther"), Roze and Rse for Rose
                assertThat(lucene.neighbourNames("walter")).isEqualTo(7);
                assertThat(lucene.neighbourNames("rose")).isEqualTo(2);
                assertThat(lucene.neighbourNames("walther")).isEqualTo(-1);
            }
        }
    }

    private static List<String> hits(org.apache.lucene.search.TopDocs top) {
        assertThat(top.scoreDocs).isNotEmpty();
        return java.util.Arrays.stream(top.scoreDocs).map(d -> d.doc + ":" + d.score).toList();
    }

    private static List<List<String>> ids(List<List<MatchResult>> results) {
        return results.stream().map(r -> r.stream().map(m -> m.entityId() + " " + m.score()).toList()).toList();
    }

    @Test
    void aTypoInEveryTokenStillRetrieves() {
        assertThat(top("Jakcy Rosne")).isEqualTo("w:rosen");
    }
}
