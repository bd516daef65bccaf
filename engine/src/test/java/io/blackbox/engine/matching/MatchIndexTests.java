package io.blackbox.engine.matching;

import io.blackbox.engine.lists.BundledLists;
import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.IdentifierType;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatchIndexTests {
    private static MatchIndex index;
    /** The bundled lists, built on first use (some ten seconds) by the tests that need them. */
    private static MatchIndex bundled;

    static MatchRecord record(String id, Schema schema, String... names) {
        List<EntityName> list = new ArrayList<>();
        list.add(EntityName.primary(names[0]));
        for (int i = 1; i < names.length; i++) {
            list.add(EntityName.alias(names[i]));
        }
        return new MatchRecord(id, schema, null, list, List.of(), List.of(), List.of());
    }

    static List<MatchRecord> records() {
        List<MatchRecord> r = new ArrayList<>();
        r.add(record("t:putin", Schema.PERSON, "PUTIN, Vladimir Vladimirovich", "Владимир Путин"));
        r.add(record("t:ali", Schema.PERSON, "Mohamed Ali"));
        r.add(record("t:aero", Schema.COMPANY, "AEROCARIBBEAN AIRLINES", "AERO-CARIBBEAN"));
        r.add(record("t:anglo", Schema.COMPANY, "ANGLO-CARIBBEAN CO., LTD."));
        r.add(record("t:kim", Schema.PERSON, "KIM Jong Un"));
        r.add(new MatchRecord("t:ship", Schema.VESSEL, null, List.of(EntityName.primary("Sea Pony 1")), List.of(), List.of(),
                List.of(new Identifier(IdentifierType.IMO, "IMO 9123456"))));
        String[] given = {"John", "Maria", "Ahmed", "Olga", "Li", "Pedro", "Anna", "Omar"};
        String[] family = {"Smith", "Garcia", "Hassan", "Ivanova", "Wang", "Silva", "Novak", "Haddad"};
        for (String g : given) {
            for (String f : family) {
                r.add(record("f:" + g + f, Schema.PERSON, g + " " + f));
            }
        }
        return r;
    }

    @BeforeAll
    static void build() {
        index = MatchIndex.build(records());
    }

    @AfterAll
    static void close() {
        index.close();
        if (bundled != null) {
            bundled.close();
        }
    }

    private static synchronized MatchIndex bundledLists() {
        if (bundled == null) {
            List<MatchRecord> lists = new ArrayList<>();
            for (ImportResult r : BundledLists.load()) {
                for (ListEntity e : r.entities()) {
                    lists.add(MatchRecord.of(e));
                }
            }
            bundled = MatchIndex.build(lists);
        }
        return bundled;
    }

    private String top(String name) {
        List<MatchResult> hits = index.search(Query.name(name), 3);
        return hits.isEmpty() ? null : hits.getFirst().entityId();
    }

    @Test
    void findsByExactReorderedMisspeltAndTransliteratedNames() {
        assertThat(top("Vladimir Putin")).isEqualTo("t:putin");
        assertThat(top("Putin Vladimir")).isEqualTo("t:putin");
        assertThat(top("Vladimr Puttin")).isEqualTo("t:putin");
        assertThat(top("Владимир Путин")).isEqualTo("t:putin");
        assertThat(top("محمد علي")).isEqualTo("t:ali");
        assertThat(top("Aerocaribean Airlines")).isEqualTo("t:aero");
        assertThat(top("Anglo Caribbean Company Limited")).isEqualTo("t:anglo");
        assertThat(top("Kim Jong-un")).isEqualTo("t:kim");
    }

    @Test
    void findsByIdentifierAlone() {
        Query q = new Query(List.of(), null, List.of(), List.of(), List.of(new Identifier(IdentifierType.IMO, "9123456")));
        List<MatchResult> hits = index.search(q, 1);
        assertThat(hits).extracting(MatchResult::entityId).containsExactly("t:ship");
        assertThat(hits.getFirst().isMatch()).isTrue();
    }

    @Test
    void ranksBestFirstAndHonoursTheLimit() {
        List<MatchResult> hits = index.search(Query.name("John Smith"), 4);
        assertThat(hits).hasSizeLessThanOrEqualTo(4);
        assertThat(hits.getFirst().entityId()).isEqualTo("f:JohnSmith");
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
        assertThatThrownBy(() -> index.search(Query.name("x"), 0)).hasMessageContaining("limit");
    }

    @Test
    void aQueryPreparedOnceSearchesSeveralIndexesAndScores() {
        PreparedQuery q = index.matcher().prepare(Query.name("Владимир Путин"));
        assertThat(index.search(q, 3)).usingRecursiveComparison()
                .isEqualTo(index.search(Query.name("Владимир Путин"), 3));
        try (MatchIndex other = MatchIndex.build(List.of(record("o:putin", Schema.PERSON, "Vladimir Putin")));
             MatchIndex empty = MatchIndex.build(List.of())) {
            assertThat(other.search(q, 3)).extracting(MatchResult::entityId).containsExactly("o:putin");
            assertThat(empty.search(q, 3)).isEmpty();
            assertThatThrownBy(() -> empty.search(q, 0)).hasMessageContaining("limit");
        }
        assertThat(index.matcher().score(q, record("s:putin", Schema.PERSON, "Putin, Vladimir")).isMatch()).isTrue();
        assertThatThrownBy(() -> index.matcher().prepare(Query.name("!!!"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retrievesAsManyCandidatesAsItWasBuiltFor() {
        List<MatchRecord> smiths = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            smiths.add(record("s:" + i, Schema.PERSON, "John Smith " + (char) ('a' + i) + "."));
        }
        try (MatchIndex narrow = MatchIndex.build(smiths, new Matcher(), null, 3);
             MatchIndex wide = MatchIndex.build(smiths, new Matcher(), null, 30)) {
            // each record has one name, so the records rescored are the names retrieved
            assertThat(narrow.search(Query.name("John Smith"), 10)).hasSize(3);
            assertThat(wide.search(Query.name("John Smith"), 10)).hasSize(10);
        }
        assertThatThrownBy(() -> MatchIndex.build(smiths, new Matcher(), null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("candidates");
    }

    @Test
    void aFloorLeavesOutNamesSharingOnlyACommonWordWithTheQuery() {
        List<MatchRecord> firms = new ArrayList<>();
        firms.add(record("f:wanted", Schema.COMPANY, "Nequpho Supply Ltd"));
        for (int i = 0; i < 40; i++) {
            firms.add(record("f:" + i, Schema.COMPANY, "Zor" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "vex Supply Ltd"));
        }
        try (MatchIndex floored = MatchIndex.build(firms, new Matcher(), null, 20, 0.3);
             MatchIndex open = MatchIndex.build(firms, new Matcher(), null, 20)) {
            Query q = Query.name("Nequpho Supply Ltd");
            assertThat(floored.search(q, 20)).extracting(MatchResult::entityId).containsExactly("f:wanted");
            assertThat(open.search(q, 20)).hasSize(20).first().extracting(MatchResult::entityId).isEqualTo("f:wanted");
            // a misspelt rare word still reaches the floor
            assertThat(floored.search(Query.name("Nequfo Supply"), 5)).first().extracting(MatchResult::entityId)
                    .isEqualTo("f:wanted");
        }
        assertThatThrownBy(() -> MatchIndex.build(firms, new Matcher(), null, 20, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floor");
    }

    @Test
    void unrelatedNamesDoNotMatch() {
        assertThat(index.search(Query.name("Xavier Quintero Bolaños"), 5)).noneMatch(MatchResult::isMatch);
    }

    @Test
    void servesConcurrentQueries() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String name = i % 2 == 0 ? "Olga Ivanova" : "Pedro Silva";
                futures.add(pool.submit(() -> top(name)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(i % 2 == 0 ? "f:OlgaIvanova" : "f:PedroSilva");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void buildsOnDiskToo(@TempDir Path dir) {
        try (MatchIndex disk = MatchIndex.build(records(), new Matcher(), dir)) {
            assertThat(disk.size()).isEqualTo(index.size());
            assertThat(disk.search(Query.name("Mohamed Ali"), 1).getFirst().entityId()).isEqualTo("t:ali");
        }
    }

    @Test
    void aLargeInputIsPreparedInChunksAndEveryRecordKeepsItsNames() {
        // more chunks than are ever prepared ahead, so that preparing waits for the index and the index for it
        int n = PreparedChunks.CHUNK * (4 * Runtime.getRuntime().availableProcessors() + 3) + 17;
        // no sz or cz, which would give a name a second spelling
        String[] syllables = {"ka", "lo", "mir", "dan", "tu", "bek", "os", "ri", "van", "dul"};
        List<MatchRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String given = syllables[i % 10] + syllables[(i / 10) % 10] + syllables[(i / 100) % 10];
            String family = syllables[(i / 1000) % 10] + syllables[(i / 7) % 10] + "ov";
            records.add(record("g:" + i, Schema.PERSON, given + " " + family, family + " " + given + " " + i));
        }
        try (MatchIndex big = MatchIndex.build(records)) {
            assertThat(big.size()).isEqualTo(n);
            assertThat(big.nameCount()).isEqualTo(2L * n);
            for (int i = 0; i < n; i += 97) {
                String alias = records.get(i).names().get(1).value();
                assertThat(big.search(Query.name(alias), 1)).as(alias)
                        .extracting(MatchResult::entityId).containsExactly("g:" + i);
            }
        }
    }

    @Test
    void aTitleThatIsAlsoANameFindsTheNamesHoldingIt() {
        // "King" first is read as a title; twenty Peters come before Peter King in the input, five are retrieved
        List<MatchRecord> peters = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            peters.add(record("p:" + i, Schema.PERSON, "Peter Zor" + (char) ('a' + i) + "vex"));
        }
        peters.add(record("p:king", Schema.PERSON, "Peter T. King"));
        try (MatchIndex narrow = MatchIndex.build(peters, new Matcher(), null, 5)) {
            assertThat(narrow.search(Query.name("King Peter"), 1)).extracting(MatchResult::entityId).containsExactly("p:king");
            assertThat(narrow.search(Query.name("King Peer"), 1)).extracting(MatchResult::entityId).containsExactly("p:king");
        }
    }

    @Test
    void aNameWrittenInKanaFindsItsLatinSpelling() {
        List<MatchRecord> r = records();
        r.add(record("t:carmelo", Schema.PERSON, "Carmelo Silvestri"));
        r.add(record("t:carmen", Schema.PERSON, "Carmen Salvatore"));
        try (MatchIndex withKana = MatchIndex.build(r)) {
            assertThat(withKana.search(Query.name("カルメロ・シルヴェストリ"), 1)).extracting(MatchResult::entityId)
                    .containsExactly("t:carmelo");
            assertThat(withKana.search(Query.name("다닐렙스키"), 1)).isEmpty();
        }
    }

    @Test
    void aForeignNameWrittenInHanCharactersFindsItsLatinSpelling() {
        List<MatchRecord> r = records();
        r.add(record("t:kadyrov", Schema.PERSON, "Ramzan Kadyrov"));
        r.add(record("t:kadri", Schema.PERSON, "Ramin Kadri"));
        try (MatchIndex index = MatchIndex.build(r)) {
            assertThat(index.search(Query.name("拉姆赞·卡德罗夫"), 1)).extracting(MatchResult::entityId)
                    .containsExactly("t:kadyrov");
        }
    }

    @Test
    void foreignNamesWrittenInHanCharactersFindTheirEntriesOnTheBundledLists() {
        // Among 126,000 list names some hold the syllables of the Chinese reading as words ("Ka", "Jing"):
        // the keys of the transcription must weigh enough to bring the right entry into the candidates.
        MatchIndex lists = bundledLists();
        assertThat(lists.search(Query.name("拉姆赞·卡德罗夫"), 1).getFirst().caption()).containsIgnoringCase("kadyrov");
        assertThat(lists.search(Query.name("弗拉基米尔·普京"), 1).getFirst().caption()).containsIgnoringCase("putin");
        assertThat(lists.search(Query.name("亚历山大·卢卡申科"), 1).getFirst().caption()).containsIgnoringCase("lukashenk");
        // so must those of a word in kana: ウラジーミル・プーチン found PETION before PUTIN, Vladimir
        assertThat(lists.search(Query.name("ウラジーミル・プーチン"), 1).getFirst().caption()).containsIgnoringCase("putin");
    }

    @Test
    void aVowelLessNameFindsTheSpellingsThatReadAsItByOtherLetters() {
        // جليسون (jlyswn) shares no key with Gleason but the skeleton of its reading, g for ج
        List<MatchRecord> r = new ArrayList<>();
        r.add(record("t:gleason", Schema.PERSON, "Gleason"));
        for (String other : List.of("Jalisa", "Jolson", "Nelson", "Glass", "Ellison", "Jason", "Wilson")) {
            r.add(record("o:" + other, Schema.PERSON, other));
        }
        try (MatchIndex index = MatchIndex.build(r, new Matcher(), null, 3)) {
            assertThat(index.search(Query.name("جليسون"), 3)).extracting(MatchResult::entityId).contains("t:gleason");
        }
    }

    @Test
    void namesWrittenInArabicLettersFindTheirEntriesOnTheBundledLists() {
        // علي is written so in hundreds of list names, whose whole word outweighs the skeleton of خامنه‌ای: the
        // second search by skeletons brings KHAMENEI, Ali into the candidates. بريغوجين is Prigozhin by ج as zh.
        MatchIndex lists = bundledLists();
        assertThat(lists.search(Query.name("علي خامنه‌ای"), 1).getFirst().caption()).containsIgnoringCase("khamenei");
        assertThat(lists.search(Query.name("محمد جواد ظريف"), 1).getFirst().caption()).containsIgnoringCase("zarif");
        assertThat(lists.search(Query.name("يفغيني بريغوجين"), 1).getFirst().caption()).containsIgnoringCase("prigozhin");
    }

    @Test
    void burmeseNamesFindTheirEntriesOnTheBundledLists() {
        // ICU read မင်းအောင်လှိုင် letter by letter as one word, "mainnaaunglhaine", and nothing was found
        MatchIndex lists = bundledLists();
        MatchResult top = lists.search(Query.name("မင်းအောင်လှိုင်"), 1).getFirst();
        assertThat(top.caption()).containsIgnoringCase("hlaing");
        assertThat(top.band()).isEqualTo(Band.MATCH);
        assertThat(lists.search(Query.name("ဇော်မင်းထွန်း"), 1).getFirst().caption()).containsIgnoringCase("zaw min");
    }

    @Test
    void chineseKoreanAndJapaneseNamesInCyrillicFindTheirEntriesOnTheBundledLists() {
        MatchIndex lists = bundledLists();
        MatchResult korean = lists.search(Query.name("Чхве Рён Хэ"), 1).getFirst();
        assertThat(korean.caption()).containsIgnoringCase("ryong hae");
        assertThat(korean.band()).isEqualTo(Band.MATCH);
        assertThat(lists.search(Query.name("Ли Фанвэй"), 1).getFirst().caption()).containsIgnoringCase("fangwei");
        // Japanese by the Polivanov system: letter by letter "keniti sinoda"
        MatchResult japanese = lists.search(Query.name("Кэнъити Синода"), 1).getFirst();
        assertThat(japanese.caption()).isEqualTo("SHINODA, Kenichi");
        assertThat(japanese.score()).isEqualTo(1.0);
    }

    @Test
    void japaneseNamesInKanjiFindTheirEntriesOnTheBundledLists() {
        // read as Chinese, 篠田建市 was "xiao tianjianshi" and met nothing
        MatchIndex lists = bundledLists();
        for (String[] c : new String[][]{{"篠田建市", "SHINODA, Kenichi"}, {"高山清司", "TAKAYAMA, Kiyoshi"},
                {"橋本弘文", "HASHIMOTO, Hirofumi"}, {"後藤忠政", "GOTO, Tadamasa"}}) {
            MatchResult top = lists.search(Query.name(c[0]), 1).getFirst();
            assertThat(top.caption()).as(c[0]).isEqualTo(c[1]);
            assertThat(top.band()).as(c[0]).isEqualTo(Band.MATCH);
        }
    }

    @Test
    void equalRetrievalScoresBreakByThePlaceInTheInput() {
        // 40 records with one name, 30 candidates: the 30 retrieved are the first 30 of the input, on every build
        List<MatchRecord> same = new ArrayList<>();
        for (int i = 39; i >= 0; i--) {
            same.add(record("s:%02d".formatted(i), Schema.PERSON, "John Smith"));
        }
        List<String> first30 = same.subList(0, 30).stream().map(MatchRecord::id).toList();
        for (int build = 0; build < 2; build++) {
            try (MatchIndex index = MatchIndex.build(same, new Matcher(), null, 30)) {
                assertThat(index.search(Query.name("John Smith"), 40)).extracting(MatchResult::entityId)
                        .containsExactlyInAnyOrderElementsOf(first30);
            }
        }
    }
}
