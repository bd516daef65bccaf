package io.blackbox.engine.matching;

import io.blackbox.engine.names.NameToken;
import io.blackbox.engine.names.Nicknames;
import io.blackbox.engine.names.NormalizedName;
import io.blackbox.engine.names.TokenKind;
import io.blackbox.engine.names.Transcription;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.MMapDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Lucene-backed {@link MatchIndex}. One document per name; fields hold whole tokens (with joined
 * neighbours and nickname formal names), Double Metaphone keys, consonant skeletons (for vowel-less
 * transliterations), deletion neighbourhoods (for typos: every token and its one-letter deletions) and identifier keys. Retrieval is a disjunction of
 * all of them, so BM25's idf makes rare tokens count more; the top candidates are rescored by the
 * {@link Matcher}, which alone decides the score. Normalised names are held on the heap beside the index
 * so that rescoring never transliterates again.
 */
final class LuceneMatchIndex implements MatchIndex {
    static final String RECORD = "r";
    static final String NAME = "n";
    static final String TOKENS = "t";
    static final String PHONETIC = "p";
    static final String SKELETON = "k";
    static final String DELETES = "d";
    static final String INITIALS = "f";
    static final String IDS = "i";
    /** The consonants a spelled word would be written with in kana or Hangul ({@link Transcription}). */
    static final String SOUNDS = "s";

    private static final float TOKEN_BOOST = 2.0f;
    private static final float PHONETIC_BOOST = 0.7f;
    /**
     * A foreign name read from Han characters is found by its sounds alone, against the tokens of its first,
     * Chinese, reading (拉姆赞·卡德罗夫 is also "la muzan ka deluofu", and "ka" is a whole token of some list
     * names): its keys weigh as a token does. So do those of a word in kana or spelt out in Hangul, whose
     * syllables as read ("urajimiru", "puchin") are no spelling of anything on the lists.
     */
    private static final float HAN_SOUNDS_BOOST = TOKEN_BOOST;
    private static final float SKELETON_BOOST = 0.7f;
    /** A skeleton of a spelling that reads as a vowel-less word by other letters ({@link SpelledConsonants}). */
    private static final float SPELLED_SKELETON_BOOST = 0.6f;
    private static final int MAX_SPELLING_SKELETONS = 12;
    private static final float NICKNAME_BOOST = 1.7f;
    private static final float DELETE_BOOST = 1.2f;
    private static final float INITIAL_BOOST = 0.3f;
    private static final float ID_BOOST = 50f;
    /** Tokens shorter than this get no deletion keys: their neighbourhoods would be common words. */
    static final int MIN_DELETE_LENGTH = 4;
    /**
     * Distinct query tokens (and joined neighbours) that take part in retrieval; the rest of an absurdly
     * long name is still scored. Keeps every query well below Lucene's limit of 1,024 term clauses.
     */
    static final int MAX_QUERY_TOKENS = 40;
    /** Tokens at least this long are keys of their own, so that "gay" meets a deletion of "gray". */
    static final int MIN_KEY_LENGTH = 3;

    private static final FieldType TERMS = new FieldType();
    /**
     * First letters keep their norms: among names that share a common given name and an initial, the
     * one with fewest other parts ("Robert C." for "Robert C.") comes first.
     */
    private static final FieldType INITIAL_TERMS = new FieldType();

    /** Terms whose dictionary look-up is remembered (about 360 bytes each; a term no name holds, about 100). */
    static final int MAX_CACHED_TERMS = 200_000;
    /** Names that must hold a term for its look-up to be remembered ({@link #termStates}). */
    static final int MIN_REMEMBERED_NAMES = 32;
    /** Common words whose spellings are remembered, at most. */
    static final int MAX_REMEMBERED_SPELLINGS = 50_000;
    /**
     * Names that remembered words' worked-out deletion keys hold in all, at most (8 bytes each): about 550 per
     * word, so some 15,000 words.
     */
    static final long MAX_NEIGHBOUR_NAMES = 8_000_000;
    /** Temporary folders of indexes not yet closed, removed at JVM exit should a caller forget close(). */
    private static final Set<Path> OPEN_TEMPORARY = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN_TEMPORARY.forEach(LuceneMatchIndex::deleteQuietly),
                "match-index-cleanup"));
    }

    static {
        // Only whether a term occurs matters: no frequencies, positions or norms, which keeps the
        // index small and every name, long or short, on equal footing.
        TERMS.setIndexOptions(IndexOptions.DOCS);
        TERMS.setTokenized(true);
        TERMS.setOmitNorms(true);
        TERMS.freeze();
        INITIAL_TERMS.setIndexOptions(IndexOptions.DOCS);
        INITIAL_TERMS.setTokenized(true);
        INITIAL_TERMS.freeze();
    }

    private final Directory directory;
    /** The folder to delete on close when the index made it, else null. */
    private final Path temporary;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final PreparedRecord[] records;
    private final long names;
    private final Matcher matcher;
    private final Nicknames nicknames = Nicknames.getDefault();
    private final int candidates;
    /** Share of a query's best possible retrieval score below which a name is not retrieved; 0: none. */
    private final float floor;
    /** Per field, by the term's text: the term and its states ({@link #termStates}). */
    private final Map<String, Map<String, Known>> termStates = java.util.stream.Stream
            .of(TOKENS, PHONETIC, SKELETON, DELETES, INITIALS, IDS, SOUNDS)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(f -> f, f -> new java.util.concurrent.ConcurrentHashMap<>()));
    /**
     * By word: the spellings of words many names hold ({@link #spellingsOf}), so that a common word costs one
     * look-up rather than one per deletion key, and its keys' postings are read once, not at every search. At
     * most {@link #MAX_REMEMBERED_SPELLINGS}, kept for good like the terms.
     */
    private final Map<String, Spellings> spellingMemory = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean workOutKeys = true;
    /** Names held in all remembered words' worked-out keys ({@link #neighbours}), to hold no more than the budget. */
    private final java.util.concurrent.atomic.AtomicLong neighbourNames = new java.util.concurrent.atomic.AtomicLong();
    /** Terms remembered in all fields, to remember no more past {@link #MAX_CACHED_TERMS}. */
    private final java.util.concurrent.atomic.AtomicInteger cachedTerms = new java.util.concurrent.atomic.AtomicInteger();
    /** Per field, what BM25 needs of the whole index; null for a field no name has. */
    private final Map<String, java.util.Optional<org.apache.lucene.search.CollectionStatistics>> fieldStats =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Per document of the reader: the record's position, and the name's within it (-1: identifiers only). */
    private final int[] docRecord;
    private final int[] docName;

    private LuceneMatchIndex(Directory directory, Path temporary, PreparedRecord[] records, long names, Matcher matcher,
                             int candidates, float floor) throws IOException {
        this.floor = floor;
        this.directory = directory;
        this.temporary = temporary;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null); // every query differs; caching would only contend
        this.searcher.setSimilarity(new RetrievalSimilarity(Set.of(INITIALS)));
        this.records = records;
        this.names = names;
        this.matcher = matcher;
        this.candidates = candidates;
        // read once: opening the doc values per retrieved document costs more than scoring it
        this.docRecord = new int[reader.maxDoc()];
        this.docName = new int[reader.maxDoc()];
        java.util.Arrays.fill(docRecord, -1);
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues rv = leaf.reader().getNumericDocValues(RECORD);
            NumericDocValues nv = leaf.reader().getNumericDocValues(NAME);
            for (int d = 0; rv != null && nv != null && d < leaf.reader().maxDoc(); d++) {
                if (rv.advanceExact(d) && nv.advanceExact(d)) {
                    docRecord[leaf.docBase + d] = (int) rv.longValue();
                    docName[leaf.docBase + d] = (int) nv.longValue();
                }
            }
        }
    }

    static LuceneMatchIndex build(Collection<MatchRecord> input, Matcher matcher, Path path, int candidates,
                                  double floor) throws IOException {
        if (!(floor >= 0 && floor < 1)) {
            throw new IllegalArgumentException("floor " + floor + " is not in [0, 1)");
        }
        Objects.requireNonNull(input, "records");
        Objects.requireNonNull(matcher, "matcher");
        List<MatchRecord> list = List.copyOf(input);
        // Memory-mapped files, in a temporary folder unless one is given: off the heap, served from the page
        // cache, and faster to read than ByteBuffersDirectory's slices (docs/adr/0002-matching-index.md).
        Path folder = path != null ? path : Files.createTempDirectory("blackbox-match-");
        if (path == null) {
            OPEN_TEMPORARY.add(folder);
        }
        Directory dir = path != null ? new MMapDirectory(folder) : new Unsynced(new MMapDirectory(folder));
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256)
                // Documents are added by one thread in record order, and segments merge only with their
                // neighbours, so a document's number is its place in the input: equal retrieval scores break
                // the same way on every build, and the same input always gives the same hits.
                .setMergePolicy(plainFiles(new org.apache.lucene.index.LogByteSizeMergePolicy()))
                // Plain files throughout: a flushed compound file that the merge policy would not have made
                // is rewritten by forceMerge(1) even when it is the only segment.
                .setUseCompoundFile(false);
        PreparedRecord[] prepared = new PreparedRecord[list.size()];
        long nameCount = 0;
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            // Normalising (transliteration) and making each name's terms run on every core, a chunk of records
            // at a time; this thread adds the chunks' documents in order as they are ready, and prepares chunks
            // itself while the next one is not.
            try (PreparedChunks chunks = new PreparedChunks(list, matcher)) {
                for (int c = 0; c < chunks.count; c++) {
                    for (PreparedChunks.Entry e : chunks.take(c)) {
                        prepared[e.record()] = e.prepared();
                        for (Document doc : e.documents()) {
                            writer.addDocument(doc);
                        }
                        nameCount += e.prepared().names().size();
                    }
                }
            }
            writer.forceMerge(1);
            writer.commit();
        }
        return new LuceneMatchIndex(dir, path == null ? folder : null, prepared, nameCount, matcher, candidates,
                (float) floor);
    }

    private static org.apache.lucene.index.MergePolicy plainFiles(org.apache.lucene.index.MergePolicy policy) {
        policy.setNoCFSRatio(0);
        return policy;
    }

    static Document document(int record, int nameIndex, NormalizedName name, Set<String> identifiers) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(RECORD, record));
        doc.add(new NumericDocValuesField(NAME, nameIndex));
        if (name != null) {
            Terms terms = new Terms();
            terms.add(name, Nicknames.getDefault());
            add(doc, TOKENS, terms.tokens);
            add(doc, PHONETIC, terms.phonetic);
            add(doc, SKELETON, terms.skeletons);
            add(doc, DELETES, terms.deletes);
            add(doc, SOUNDS, terms.sounds);
            if (!terms.initials.isEmpty()) {
                doc.add(new Field(INITIALS, String.join(" ", terms.initials), INITIAL_TERMS));
            }
        }
        add(doc, IDS, identifiers);
        return doc;
    }

    private static void add(Document doc, String field, Collection<String> terms) {
        if (!terms.isEmpty()) {
            doc.add(new Field(field, String.join(" ", terms), TERMS));
        }
    }

    /**
     * A temporary index folder, deleted when the index closes or the process ends: nothing in it has to
     * survive a crash, so the commit does not wait for the disk to flush.
     */
    private static final class Unsynced extends FilterDirectory {
        Unsynced(Directory in) {
            super(in);
        }

        @Override
        public void sync(Collection<String> names) {
        }

        @Override
        public void syncMetaData() {
        }
    }

    /** The retrieval terms of a name, by field. */
    static final class Terms {
        final Set<String> tokens = new LinkedHashSet<>();
        final Set<String> phonetic = new LinkedHashSet<>();
        /** Spelled words as kana or Hangul would write them, so that a transcription finds them. */
        final Set<String> sounds = new LinkedHashSet<>();
        final Set<String> skeletons = new LinkedHashSet<>();
        /** Deletion neighbourhood: the tokens themselves and their one-letter deletions. */
        final Set<String> deletes = new LinkedHashSet<>();
        /** First letters of words and initials, so that "Robert C." finds the Roberts with a C. */
        final Set<String> initials = new LinkedHashSet<>();

        void add(NormalizedName name, Nicknames nicknames) {
            List<NameToken> parts = name.nameTokens();
            NameToken previous = null;
            for (NameToken t : parts) {
                String text = t.text();
                if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER) {
                    tokens.add(text);
                    tokens.addAll(nicknames.formalNamesOf(text));
                }
                if (t.kind() == TokenKind.WORD) {
                    if (t.phonetic().length() >= 2) {
                        phonetic.add(t.phonetic());
                        if (!t.phoneticAlternate().isEmpty()) {
                            phonetic.add(t.phoneticAlternate());
                        }
                    }
                    if (t.skeleton().length() >= 2) {
                        skeletons.add(t.skeleton());
                    }
                    addDeletes(text);
                    if (!t.abjad() && !t.readFromSyllables() && !t.transcribed()) {
                        for (String key : Transcription.spelledKeys(text)) {
                            addSound(key);
                        }
                    }
                }
                if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.INITIAL) {
                    initials.add(text.substring(0, 1));
                }
                if (previous != null && isJoinable(previous) && isJoinable(t)) {
                    // "abd al" + "rahman" style splits: neighbours joined meet the one-word spelling
                    String joined = previous.text() + text;
                    tokens.add(joined);
                    String sk = io.blackbox.engine.names.NameNormalizer.skeleton(joined);
                    if (sk.length() >= 3) {
                        skeletons.add(sk);
                    }
                }
                previous = t;
            }
        }

        /**
         * The token and every string one character shorter: two tokens share a key exactly when they
         * are within one insertion, deletion, substitution or adjacent transposition of each other.
         */
        private void addDeletes(String text) {
            if (text.length() < MIN_KEY_LENGTH) {
                return;
            }
            deletes.add(text);
            if (text.length() < MIN_DELETE_LENGTH) {
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                if (i > 0 && text.charAt(i) == text.charAt(i - 1)) {
                    continue; // deleting either letter of a double gives the same key
                }
                String key = text.substring(0, i) + text.substring(i + 1);
                deletes.add(key);
            }
        }

        private void addSound(String key) {
            if (key.length() >= Transcription.MIN_KEY) {
                sounds.add(key);
            }
        }

        private static boolean isJoinable(NameToken t) {
            return t.kind() == TokenKind.WORD || t.kind() == TokenKind.PARTICLE;
        }
    }

    @Override
    public List<MatchResult> search(PreparedQuery query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit + " is not positive");
        }
        if (records.length == 0) {
            return List.of();
        }
        try {
            return search(query.record, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("index search failed", e);
        }
    }

    private List<MatchResult> search(PreparedRecord q, int limit) throws IOException {
        Retrieval retrieval = new Retrieval(new KnownTermQuery.Dictionaries(reader.leaves().size()), 1f);
        TopDocs found = retrieve(q, retrieval, candidates);
        List<MatchResult> results = rescore(q, found, limit);
        if (retrieval.vowelless && (results.isEmpty() || !results.getFirst().isMatch())) {
            // A name written without vowels (Arabic, Persian, Hebrew) meets a spelled name only by consonant
            // skeletons, which weigh little beside whole words: علي خامنه‌ای finds the many names written with
            // علي before KHAMENEI, Ali. When no match was found, a second, smaller search in which the skeletons
            // weigh as whole words adds the names it finds.
            Retrieval bySkeletons = new Retrieval(retrieval.dictionaries, TOKEN_BOOST / SKELETON_BOOST);
            TopDocs added = retrieve(q, bySkeletons, Math.max(1, candidates / 3));
            results = rescore(q, union(found, added), limit);
        }
        return results;
    }

    /** The names retrieved for rescoring, best first. */
    TopDocs retrieve(PreparedRecord q) throws IOException {
        return retrieve(q, new Retrieval(new KnownTermQuery.Dictionaries(reader.leaves().size()), 1f), candidates);
    }

    private TopDocs retrieve(PreparedRecord q, Retrieval retrieval, int count) throws IOException {
        // Counting hits exactly is of no use here: with the threshold at the number of candidates, the
        // search skips names that cannot enter the top ones as soon as it holds that many, instead of
        // scoring the first thousand matches in full (IndexSearcher's default). The top is the same.
        org.apache.lucene.search.Query query = query(q, retrieval);
        TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(count, count);
        return floor > 0 ? searchFloored(query, retrieval.best, top) : searcher.search(query, top);
    }

    /** The names of {@code first}, then those of {@code second} not among them. */
    private static TopDocs union(TopDocs first, TopDocs second) {
        Set<Integer> seen = new HashSet<>();
        List<ScoreDoc> docs = new ArrayList<>(first.scoreDocs.length + second.scoreDocs.length);
        for (ScoreDoc d : first.scoreDocs) {
            seen.add(d.doc);
            docs.add(d);
        }
        for (ScoreDoc d : second.scoreDocs) {
            if (seen.add(d.doc)) {
                docs.add(d);
            }
        }
        return new TopDocs(first.totalHits, docs.toArray(ScoreDoc[]::new));
    }

    /**
     * The search with the floor, collecting as {@link IndexSearcher#search} would. {@code best} is the score of
     * a name holding every term of the query, summed clause by clause while the query was built
     * ({@link Retrieval}), so no scorer is opened just to learn it.
     */
    private TopDocs searchFloored(org.apache.lucene.search.Query query, float best, TopScoreDocCollectorManager top)
            throws IOException {
        org.apache.lucene.search.Weight weight = searcher.createWeight(searcher.rewrite(query),
                org.apache.lucene.search.ScoreMode.TOP_SCORES, 1f);
        org.apache.lucene.search.TopScoreDocCollector collector = top.newCollector();
        org.apache.lucene.search.Collector floored = floored(collector, floor * best);
        floored.setWeight(weight);
        for (LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.search.BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer != null) {
                org.apache.lucene.search.LeafCollector leafCollector = floored.getLeafCollector(leaf);
                scorer.score(leafCollector, leaf.reader().getLiveDocs(), 0,
                        org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS);
                leafCollector.finish();
            }
        }
        return top.reduce(List.of(collector));
    }

    /**
     * Passes on to {@code in} only names scoring at least {@code floor}. The scorer is told so from the start,
     * so that it skips the postings of common words that alone cannot reach the floor, where the top-k search
     * would otherwise fill its remaining places from them.
     */
    private static org.apache.lucene.search.Collector floored(org.apache.lucene.search.Collector in, float floor) {
        return new org.apache.lucene.search.FilterCollector(in) {
            @Override
            public org.apache.lucene.search.LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                return new org.apache.lucene.search.FilterLeafCollector(super.getLeafCollector(context)) {
                    private org.apache.lucene.search.Scorable scorer;

                    @Override
                    public void setScorer(org.apache.lucene.search.Scorable s) throws IOException {
                        s.setMinCompetitiveScore(floor);
                        scorer = s;
                        in.setScorer(new org.apache.lucene.search.FilterScorable(s) {
                            @Override
                            public void setMinCompetitiveScore(float minScore) throws IOException {
                                in.setMinCompetitiveScore(Math.max(minScore, floor));
                            }
                        });
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (scorer.score() >= floor) {
                            in.collect(doc);
                        }
                    }
                };
            }
        };
    }

    private List<MatchResult> rescore(PreparedRecord q, TopDocs top, int limit) {
        // Group the retrieved names by record: only they are rescored, which keeps the cost of records
        // with dozens of aliases bounded; an alias Lucene did not retrieve would not have scored best. A
        // query retrieves a few dozen names, so the records are found by a scan, in retrieval order.
        ScoreDoc[] docs = top.scoreDocs;
        int[] ords = new int[docs.length];
        int[][] names = new int[docs.length][];
        int count = 0;
        boolean byIdentifier = !q.identifiers().isEmpty();
        for (ScoreDoc sd : docs) {
            int ord = docRecord[sd.doc];
            if (ord < 0) {
                continue;
            }
            int name = docName[sd.doc];
            int at = 0;
            while (at < count && ords[at] != ord) {
                at++;
            }
            if (at == count) {
                ords[count++] = ord;
                // matched by identifier: every name may be the best
                names[at] = name < 0 || byIdentifier ? null : new int[] {name};
            } else if (name < 0 || byIdentifier) {
                names[at] = null;
            } else if (names[at] != null) {
                int[] more = java.util.Arrays.copyOf(names[at], names[at].length + 1);
                more[names[at].length] = name;
                names[at] = more;
            }
        }
        List<MatchResult> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            results.add(matcher.score(q, records[ords[i]], names[i]));
        }
        results.sort(MatchResult.BEST_FIRST);
        return results.size() > limit ? List.copyOf(results.subList(0, limit)) : results;
    }

    /**
     * The retrieval query: one clause per distinct query token, scoring the best of its spellings (the
     * token itself, a formal name it is a nickname of, a spelling within one edit), so that a token counts
     * once however many keys it shares with a name and rare tokens lead by their idf. Sounds, consonant
     * skeletons, neighbours joined, initials and identifiers are clauses of their own.
     */
    private org.apache.lucene.search.Query query(PreparedRecord q, Retrieval retrieval) {
        Map<String, List<org.apache.lucene.search.Query>> groups = new LinkedHashMap<>();
        Set<String> initials = new LinkedHashSet<>();
        Set<String> sounds = new LinkedHashSet<>();
        boolean hasInitial = false;
        Set<String> skeletons = new LinkedHashSet<>();
        Set<String> vowellessSkeletons = new LinkedHashSet<>();
        // per word read from kana, Hangul or Han: the keys it may be heard with, each key once
        List<Heard> transcriptions = new ArrayList<>();
        // per vowel-less word: the skeletons of spellings that read as it besides its own
        List<Heard> spelledSkeletons = new ArrayList<>();
        Set<String> transcribedKeys = new HashSet<>();
        for (NormalizedName n : q.names()) {
            NameToken previous = null;
            for (NameToken t : n.nameTokens()) {
                String text = t.text();
                if (groups.size() >= MAX_QUERY_TOKENS) {
                    break;
                }
                if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER) {
                    List<org.apache.lucene.search.Query> g = groups.get(text);
                    if (g == null) {
                        groups.put(text, g = new ArrayList<>());
                        retrieval.best += spellings(t, g, retrieval);
                    }
                }
                if (t.kind() == TokenKind.WORD && (t.transcribed() || t.hangul())) {
                    List<String> keys = new ArrayList<>(t.syllabic() ? 4 : 1);
                    for (String key : Transcription.writtenKeys(text, t.syllabic())) {
                        if (key.length() >= Transcription.MIN_KEY && transcribedKeys.add(key)) {
                            keys.add(key);
                        }
                    }
                    if (!keys.isEmpty()) {
                        transcriptions.add(new Heard(keys, t.syllabic() || t.transcribed() ? HAN_SOUNDS_BOOST : PHONETIC_BOOST));
                    }
                }
                if (t.kind() == TokenKind.WORD) {
                    if (t.phonetic().length() >= 2) {
                        sounds.add(t.phonetic());
                        if (!t.phoneticAlternate().isEmpty()) {
                            sounds.add(t.phoneticAlternate());
                        }
                    }
                    if (t.skeleton().length() >= 2) {
                        (t.abjad() ? vowellessSkeletons : skeletons).add(t.skeleton());
                    }
                    if (t.abjad()) {
                        retrieval.vowelless = true;
                        // a vowel-less word also finds the spellings that read as it by other letters (جليسون,
                        // Gleason: j as g), each key once
                        List<String> keys = new ArrayList<>();
                        for (String key : SpelledConsonants.spellingSkeletons(text, MAX_SPELLING_SKELETONS)) {
                            if (transcribedKeys.add("k:" + key)) {
                                keys.add(key);
                            }
                        }
                        if (!keys.isEmpty()) {
                            spelledSkeletons.add(new Heard(keys, SPELLED_SKELETON_BOOST));
                        }
                    }
                }
                if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.INITIAL) {
                    initials.add(text.substring(0, 1));
                    hasInitial |= t.kind() == TokenKind.INITIAL;
                }
                if (previous != null && Terms.isJoinable(previous) && Terms.isJoinable(t)) {
                    String joined = previous.text() + text;
                    List<org.apache.lucene.search.Query> g = groups.get(joined);
                    if (g == null) {
                        groups.put(joined, g = new ArrayList<>());
                        add(g, term(TOKENS, joined, TOKEN_BOOST, retrieval));
                        retrieval.best += retrieval.last;
                    }
                    String sk = io.blackbox.engine.names.NameNormalizer.skeleton(joined);
                    if (sk.length() >= 3) {
                        skeletons.add(sk);
                    }
                }
                previous = t;
            }
            // A title that is also a name ("King Peer" for Peter King; "Sultan Ahmed") finds the names that
            // hold the word, though it is no evidence where it finds none.
            for (NameToken t : n.tokens()) {
                if (t.kind() == TokenKind.HONORIFIC && groups.size() < MAX_QUERY_TOKENS && !groups.containsKey(t.text())) {
                    List<org.apache.lucene.search.Query> g = new ArrayList<>();
                    groups.put(t.text(), g);
                    retrieval.best += spellings(t, g, retrieval);
                }
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        vowellessSkeletons.removeAll(skeletons);
        for (List<org.apache.lucene.search.Query> g : groups.values()) {
            if (!g.isEmpty()) {
                b.add(g.size() == 1 ? g.getFirst() : new DisjunctionMaxQuery(g, 0f), BooleanClause.Occur.SHOULD);
            }
        }
        // Sound and skeleton keys stay clauses of their own: their postings are long, and as separate
        // clauses of low weight the top-k search can skip most of them.
        for (String k : sounds) {
            add(b, term(PHONETIC, k, PHONETIC_BOOST, retrieval));
            retrieval.best += retrieval.last;
        }
        for (String k : skeletons) {
            add(b, term(SKELETON, k, SKELETON_BOOST, retrieval));
            retrieval.best += retrieval.last;
        }
        addVowellessSkeletons(b, vowellessSkeletons, spelledSkeletons, skeletons, retrieval);
        // a word read from kana or Hangul finds the spellings it transcribes (カルメロ, Carmelo)
        // (a word read from Han may be heard with several keys: the best of them counts once)
        for (Heard heard : transcriptions) {
            float best = 0;
            for (String k : heard.keys()) {
                add(b, term(SOUNDS, k, heard.boost(), retrieval));
                best = Math.max(best, retrieval.last);
            }
            retrieval.best += best;
        }
        if (hasInitial) {
            // First letters only help a query that holds initials; for others they would only add long
            // postings lists to every search.
            for (String i : initials) {
                add(b, term(INITIALS, i, INITIAL_BOOST, retrieval));
                retrieval.best += retrieval.last;
            }
        }
        for (String id : q.identifiers()) {
            add(b, term(IDS, id, ID_BOOST, retrieval));
            retrieval.best += retrieval.last;
        }
        return b.build();
    }

    /**
     * The skeletons of the query's vowel-less words, and per word those of the spellings that read as it
     * ({@link SpelledConsonants}; the best of them counts once), leaving out those in {@code skeletons}.
     */
    private void addVowellessSkeletons(BooleanQuery.Builder b, Set<String> vowelless, List<Heard> spelledSkeletons,
                                       Set<String> skeletons, Retrieval retrieval) {
        for (String k : vowelless) {
            add(b, term(SKELETON, k, SKELETON_BOOST * retrieval.vowellessWeight, retrieval));
            retrieval.best += retrieval.last;
        }
        for (Heard spelled : spelledSkeletons) {
            float best = 0;
            for (String k : spelled.keys()) {
                if (!skeletons.contains(k) && !vowelless.contains(k)) {
                    add(b, term(SKELETON, k, spelled.boost() * retrieval.vowellessWeight, retrieval));
                    best = Math.max(best, retrieval.last);
                }
            }
            retrieval.best += best;
        }
    }

    /**
     * The spellings under which one query token can be found, each boosted by how strong it is; returns the
     * best any of them can score (the group is a disjunction that scores its best member).
     */
    private float spellings(NameToken t, List<org.apache.lucene.search.Query> g, Retrieval retrieval) {
        boolean remember = t.kind() == TokenKind.WORD && workOutKeys;
        Spellings spellings = remember ? spellingMemory.get(t.text()) : null;
        if (spellings == null) {
            spellings = spellingsOf(t, remember);
        }
        for (int i = 0; i < spellings.terms.length; i++) {
            Known k = spellings.terms[i];
            g.add(new BoostQuery(new KnownTermQuery(k.term, k.states, retrieval.dictionaries), spellings.boosts[i]));
        }
        if (spellings.neighbours != null && spellings.neighbours.size() > 0) {
            g.add(new ScoredDocsQuery(spellings.neighbours));
        }
        return spellings.best;
    }

    /**
     * The token itself, the formal names it is a nickname of, and for a word its deletion keys, as the terms
     * names hold. When {@code remember}, a common word's spellings are remembered ({@link #spellingMemory}), its
     * deletion keys worked out into the names they find ({@link #neighbours}) within a budget.
     */
    private Spellings spellingsOf(NameToken t, boolean remember) {
        String text = t.text();
        List<Known> terms = new ArrayList<>();
        List<Float> boosts = new ArrayList<>();
        float best = 0;
        Known self = termStates(TOKENS, text);
        best = Math.max(best, spelling(self, TOKEN_BOOST, terms, boosts));
        for (String formal : nicknames.formalNamesOf(text)) {
            best = Math.max(best, spelling(termStates(TOKENS, formal), NICKNAME_BOOST, terms, boosts));
        }
        int plain = terms.size();
        if (t.kind() == TokenKind.WORD) {
            Terms keys = new Terms();
            keys.addDeletes(text);
            for (String k : keys.deletes) {
                best = Math.max(best, spelling(termStates(DELETES, k), DELETE_BOOST, terms, boosts));
            }
        }
        remember &= self != ABSENT && self.states.docFreq() >= MIN_REMEMBERED_NAMES
                && spellingMemory.size() < MAX_REMEMBERED_SPELLINGS;
        ScoredDocsQuery.ScoredDocs neighbours = null;
        if (remember && terms.size() > plain) {
            ScoredDocsQuery.ScoredDocs found = neighbours(terms.subList(0, plain), boosts.subList(0, plain),
                    terms.subList(plain, terms.size()));
            // within the budget, the names replace the keys; past it, the keys stay
            if (neighbourNames.addAndGet(found.size()) <= MAX_NEIGHBOUR_NAMES) {
                neighbours = found;
                terms = terms.subList(0, plain);
                boosts = boosts.subList(0, plain);
            } else {
                neighbourNames.addAndGet(-found.size());
            }
        }
        float[] b = new float[boosts.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = boosts.get(i);
        }
        Spellings spellings = new Spellings(terms.toArray(Known[]::new), b, neighbours, best);
        // two searches may remember a word at once: the first one's is kept, and the other's names leave the budget
        if (remember && spellingMemory.putIfAbsent(text, spellings) != null && neighbours != null) {
            neighbourNames.addAndGet(-neighbours.size());
        }
        return spellings;
    }

    /**
     * The names a common word's deletion keys find, each with the score the disjunction of the keys gives it,
     * worked out once. Searched key by key, the postings of a common word's keys are mostly the names holding the
     * word itself, read once per key; worked out, each name is read once. A name that holds one of the token's
     * own spellings ({@code plain}, in {@link #TOKENS}) scoring at least as high as its keys scores by that
     * spelling anyway and is left out: most often, the names holding the word itself.
     *
     * @param plain the token's own spellings, and their boosts
     * @param keys  the word's deletion keys that names hold
     */
    private ScoredDocsQuery.ScoredDocs neighbours(List<Known> plain, List<Float> plainBoosts, List<Known> keys) {
        try {
            long[] pairs = new long[256];
            int count = 0;
            for (Known k : keys) {
                float score = maxScore(k.term, k.states, DELETE_BOOST);
                for (LeafReaderContext leaf : reader.leaves()) {
                    org.apache.lucene.index.PostingsEnum postings = postings(k, leaf);
                    for (int d = postings == null ? org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS
                            : postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                         d = postings.nextDoc()) {
                        if (count == pairs.length) {
                            pairs = java.util.Arrays.copyOf(pairs, count * 2);
                        }
                        pairs[count++] = ScoredDocsQuery.ScoredDocs.pair(leaf.docBase + d, score);
                    }
                }
            }
            ScoredDocsQuery.ScoredDocs all = ScoredDocsQuery.ScoredDocs.of(pairs, count);
            boolean[] dominated = new boolean[all.size()];
            for (int i = 0; i < plain.size(); i++) {
                float own = maxScore(plain.get(i).term, plain.get(i).states, plainBoosts.get(i));
                for (LeafReaderContext leaf : reader.leaves()) {
                    org.apache.lucene.index.PostingsEnum postings = postings(plain.get(i), leaf);
                    int at = 0;
                    for (int d = postings == null ? org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS
                            : postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                         d = postings.nextDoc()) {
                        int doc = leaf.docBase + d;
                        while (at < all.size() && all.docs()[at] < doc) {
                            at++;
                        }
                        if (at < all.size() && all.docs()[at] == doc && all.scores()[at] <= own) {
                            dominated[at] = true;
                        }
                    }
                }
            }
            return all.without(dominated);
        } catch (IOException e) {
            throw new UncheckedIOException("index search failed", e);
        }
    }

    /** The postings of a term looked up before, in one leaf; null when the leaf has none. */
    private static org.apache.lucene.index.PostingsEnum postings(Known known, LeafReaderContext leaf)
            throws IOException {
        var state = known.states.get(leaf);
        org.apache.lucene.index.Terms terms = leaf.reader().terms(known.term.field());
        if (state == null || terms == null) {
            return null;
        }
        org.apache.lucene.index.TermsEnum e = terms.iterator();
        e.seekExact(known.term.bytes(), state.get());
        return e.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
    }

    /** Adds a spelling names hold to the lists; returns the most a name holding it scores by it. */
    private float spelling(Known known, float boost, List<Known> terms, List<Float> boosts) {
        if (known == ABSENT) {
            return 0;
        }
        terms.add(known);
        boosts.add(boost);
        return floor > 0 ? maxScore(known.term, known.states, boost) : 0;
    }

    /**
     * A query word's spellings: the terms names hold and the boost of each, the names its deletion keys find
     * when worked out beforehand ({@link #neighbours}, else null: the keys are among the terms), and the most any
     * of them scores.
     */
    private record Spellings(Known[] terms, float[] boosts, ScoredDocsQuery.ScoredDocs neighbours, float best) {
    }

    /**
     * A term's clause, or null when no name holds the term: such a clause would match nothing, and leaving it
     * out changes no score. Leaves in {@code r.last} the most a name holding the term scores by it.
     */
    private org.apache.lucene.search.Query term(String field, String text, float boost, Retrieval r) {
        Known known = termStates(field, text);
        if (known == ABSENT) {
            r.last = 0;
            return null;
        }
        r.last = floor > 0 ? maxScore(known.term, known.states, boost) : 0;
        return new BoostQuery(new KnownTermQuery(known.term, known.states, r.dictionaries), boost);
    }

    private static void add(List<org.apache.lucene.search.Query> group, org.apache.lucene.search.Query clause) {
        if (clause != null) {
            group.add(clause);
        }
    }

    private static void add(BooleanQuery.Builder query, org.apache.lucene.search.Query clause) {
        if (clause != null) {
            query.add(clause, BooleanClause.Occur.SHOULD);
        }
    }

    /** The keys one word read from kana, Hangul or Han may be heard with, and what finding one weighs. */
    private record Heard(List<String> keys, float boost) {
    }

    /** A term looked up in the dictionary. */
    private record Known(Term term, TermStates states) {
    }

    /** What is remembered of every term no name holds. */
    private static final Known ABSENT = new Known(null, null);

    /**
     * BM25's score of a name holding the term once, as the term's scorer computes it: names of these fields
     * hold each term at most once, and their length is not counted (no norms), so every name holding the
     * term scores this. For first letters, whose norms are kept, it is the score of the shortest name: an
     * upper bound. 0 when no name holds the term.
     */
    private float maxScore(Term term, TermStates states, float boost) {
        try {
            var collection = fieldStats.get(term.field());
            if (collection == null) {
                collection = java.util.Optional.ofNullable(searcher.collectionStatistics(term.field()));
                fieldStats.put(term.field(), collection);
            }
            if (collection.isEmpty()) {
                return 0;
            }
            var stats = searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
            return searcher.getSimilarity().scorer(boost, collection.get(), stats).score(1f, 1L);
        } catch (IOException e) {
            throw new UncheckedIOException("index search failed", e);
        }
    }

    /**
     * What building a query learns of it, the best score a name can reach, and the terms enums its clauses
     * share.
     */
    private static final class Retrieval {
        final KnownTermQuery.Dictionaries dictionaries;
        float best;
        /** The most the clause made last scores. */
        float last;

        /** How much the skeletons of vowel-less words weigh, against other skeletons (see {@link #retrieve}). */
        final float vowellessWeight;
        /** Whether the query holds a word written without vowels. */
        boolean vowelless;

        Retrieval(KnownTermQuery.Dictionaries dictionaries, float vowellessWeight) {
            this.dictionaries = dictionaries;
            this.vowellessWeight = vowellessWeight;
        }
    }

    /**
     * Where a term's postings start and how many names hold it, from the dictionary or from memory. The index
     * never changes, and queries repeat many of their terms (common given names, surnames, company words and
     * their deletion keys), while finding a term in the dictionary is most of the cost of retrieval. Remembered
     * are the terms no name holds, as one shared {@link #ABSENT} (three in four of their look-ups repeat one
     * made before), and the terms at least {@link #MIN_REMEMBERED_NAMES} names hold. Rarer terms are looked up
     * every time: few of their look-ups repeat, and remembering them made most of what a young collection
     * had to copy. The first {@link #MAX_CACHED_TERMS} such terms are remembered and no more: the common
     * terms come early, and a memory started afresh when full would forget them only to gather them again,
     * with every term gathered a new object for the collector to copy.
     */
    private Known termStates(String field, String text) {
        // keyed by the text as a String (its hash and comparison are cheaper than a Term's bytes), per field
        Map<String, Known> byText = termStates.get(field);
        Known known = byText.get(text);
        if (known != null) {
            return known;
        }
        Term term = new Term(field, text);
        TermStates states;
        try {
            // built with statistics, every leaf is sought at once: nothing is loaded lazily later,
            // so the states can be shared by concurrent searches
            states = TermStates.build(searcher, term, true);
        } catch (IOException e) {
            throw new UncheckedIOException("index search failed", e);
        }
        int holders = states.docFreq();
        known = holders == 0 ? ABSENT : new Known(term, states);
        if ((holders == 0 || holders >= MIN_REMEMBERED_NAMES) && cachedTerms.get() < MAX_CACHED_TERMS
                && cachedTerms.incrementAndGet() <= MAX_CACHED_TERMS) {
            byText.put(text, known);
        }
        return known;
    }

    /** How many term look-ups are remembered (for tests). */
    int rememberedTerms() {
        return termStates.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * Whether common words are remembered with their deletion keys worked out (the default), or searched by the
     * keys every time and nothing remembered (for tests: the two find the same names with the same scores).
     */
    void workOutKeys(boolean on) {
        workOutKeys = on;
    }

    /** How many names a remembered word's worked-out deletion keys hold; -1 when they are not worked out (for tests). */
    int neighbourNames(String word) {
        Spellings s = spellingMemory.get(word);
        return s == null || s.neighbours == null ? -1 : s.neighbours.size();
    }

    /** Whether a word's spellings are remembered (for tests). */
    boolean remembersSpellings(String word) {
        return spellingMemory.containsKey(word);
    }

    /** Whether the term's look-up is remembered (for tests). */
    boolean remembers(String field, String text) {
        return termStates.get(field).containsKey(text);
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a temporary folder left behind is harmless
        }
    }

    @Override
    public int size() {
        return records.length;
    }

    @Override
    public long nameCount() {
        return names;
    }

    @Override
    public Matcher matcher() {
        return matcher;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            if (temporary != null) {
                deleteQuietly(temporary);
                OPEN_TEMPORARY.remove(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the match index", e);
        }
    }
}
