package io.blackbox.engine.matching;

import io.blackbox.engine.names.ChineseRomanisation;
import io.blackbox.engine.names.HanSpelling;
import io.blackbox.engine.names.Honorifics;
import io.blackbox.engine.names.KanaSpelling;
import io.blackbox.engine.names.KoreanRomanisation;
import io.blackbox.engine.names.LegalForms;
import io.blackbox.engine.names.NameNormalizer;
import io.blackbox.engine.names.NameToken;
import io.blackbox.engine.names.Nicknames;
import io.blackbox.engine.names.NormalizedName;
import io.blackbox.engine.names.SlavicSpelling;
import io.blackbox.engine.names.TokenKind;
import io.blackbox.engine.names.Transcription;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Compares two normalised names by order-independent token alignment.
 *
 * <p>Every token (and every run of up to three adjacent tokens joined, so that "Abd al Rahman" can meet
 * "Abdulrahman") is compared with every token of the other name; the best non-overlapping pairs are taken
 * greedily. Each side's coverage is the weighted share of its tokens that found a partner, times the
 * similarity; the score leans on the better-covered side so that a dropped middle name costs little, and
 * on the other side enough that extra tokens still count. Thread-safe and stateless.
 */
public final class NameComparator {
    /** Pairs below this similarity are not aligned: they would only add noise. */
    static final double MIN_SIMILARITY = 0.72;
    /**
     * How much the better-covered side counts. Lists add patronymics and middle names, so the better side
     * leads; the other side still counts enough that "Hui Ling Xu" is not "Li Hui".
     */
    static final double MAX_SIDE_WEIGHT = 0.65;
    private static final int MAX_SPAN = 3;
    private static final int MAX_TOKENS_FOR_SPANS = 12;
    private static final double PHONETIC_SIMILARITY = 0.85;
    private static final String PHONETIC = "phonetic";
    /** A kana or Hangul transcription whose consonants agree with a Latin spelling ({@link Transcription}). */
    private static final double TRANSCRIPTION_SIMILARITY = 0.85;
    /** Keys one consonant apart: enough for review, not for a match on their own. */
    private static final double NEAR_TRANSCRIPTION_SIMILARITY = 0.76;
    /** The least folded likeness of a kana word and a spelling that counts ({@link #kanaSpelling}). */
    private static final double KANA_SPELLING_MIN = 0.9;
    /** The least folded likeness of a word read from Han and a spelling that counts ({@link #hanSpelling}). */
    private static final double HAN_SPELLING_MIN = 0.88;
    /** The most a kana word and a spelling alike in their folded sounds score: as a key of five consonants. */
    private static final double KANA_SPELLING_MAX = 0.9;
    /** The Arabic article as names write it, assimilated or not. */
    private static final Set<String> ARABIC_ARTICLES =
            Set.of("al", "el", "ul", "ad", "ar", "as", "at", "az", "an");
    /** Two spellings of one East Slavic name (see {@link SlavicSpelling}). */
    private static final double SLAVIC_SIMILARITY = 0.92;
    /**
     * The share of its weight that an initial left over costs when the other name is matched whole: a
     * middle initial is dropped or added more often than a surname is misspelt.
     */
    static final double INITIAL_LEFT_OVER = 0.3;
    /**
     * What the same initial on both sides counts, on each side, at the least. An initial alone weighs little
     * (it is dropped or added more often than not), but two that agree are evidence: about half of what a
     * common given name that agrees is. Without it "J. Hill" would cover less of "J. French Hill" than of
     * "Henry Jeremy Hill", whose middle word J stands for counts as a word.
     */
    static final double AGREED_INITIAL_WEIGHT = 0.35;
    /** The share of a word's weight that an initial standing for it covers. */
    static final double INITIAL_WORD_CREDIT = 0.6;
    /**
     * Tokens this short with a letter swapped are usually different names (Jing and Ting, Lin and Liu, Wen
     * and Wei): a letter is a quarter of them or more, which Jaro-Winkler does not see.
     */
    private static final int SHORT_TOKEN = 4;
    private static final double SHORT_TOKEN_PENALTY = 0.12;
    /** How much a spelling difference costs when one side was read from Han characters or Hangul. */
    private static final double SYLLABIC_PENALTY = 0.12;
    /** The letters a v of a spelled name is written as in a vowel-less transliteration, besides w. */
    private static final char[] V_AS = {'b', 'f'};
    /** What a skeleton read letter by letter ({@link SpelledConsonants}) costs against the same skeleton. */
    private static final double READ_AS_SPELLED_COST = 0.02;
    /** Consonant skeletons shorter than this meet only when equal. */
    private static final int MIN_FUZZY_SKELETON = 3;
    /** Skeletons shorter than this are not read letter by letter ({@link SpelledConsonants}). */
    private static final int MIN_READ_SKELETON = 2;
    /** A joined run must be spelled at least this close to the single token it meets. */
    private static final double JOINED_FUZZY_MIN = 0.85;
    private final Nicknames nicknames;
    private final TokenWeights weights;

    public NameComparator(Nicknames nicknames, TokenWeights weights) {
        this.nicknames = Objects.requireNonNull(nicknames, "nicknames");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** A similarity of two single tokens and how it was found. */
    record TokenSimilarity(double value, String method) {
        static final TokenSimilarity NONE = new TokenSimilarity(0, "none");
    }

    /**
     * A run of adjacent tokens of one side, or one token ({@code single}); {@code reading} is {@link #HAN} or
     * {@link #HANGUL} when every token of the run was read from that script, else 0; {@code formal} is a single
     * token's nickname entry ({@link Nicknames#entry}), null for none and for a joined run. {@code letters} is
     * the set of its letters for {@link #jaroWinklerBound(String, long, String, long)}; {@code slavic} is a single
     * token's spelling folded by {@link SlavicSpelling#fold} (null for a run). Both are made once per name, not
     * once per pair compared.
     */
    private record Span(int start, int length, String text, String skeleton, boolean abjad, double weight,
                        NameToken single, int reading, Set<String> formal, long letters, String slavic) {
    }

    private static final int HAN = 1;
    private static final int HANGUL = 2;

    private static int reading(NameToken t) {
        return t.syllabic() ? HAN : t.hangul() ? HANGUL : 0;
    }

    private record Pair(Span a, Span b, TokenSimilarity sim) {
    }

    /**
     * A name made ready for comparison once: its spans and weights. Records are prepared when indexed,
     * queries once per search, so that rescoring allocates little.
     */
    static final class Prepared {
        final NormalizedName name;
        final List<NameToken> tokens;
        final Span[] spans;
        final double total;
        final int informative;
        final List<String> numbers;
        final List<String> legalForms;
        /** Legal forms and titles left out of the alignment (none when the name is nothing else). */
        final List<NameToken> tagged;
        /** Some word was read from Han or Hangul. */
        final boolean readFromSyllables;
        /** The index of the surname's first word when the name is written "SURNAME, Given", else -1. */
        final int surname;
        /** The name has a title of an office or rank (President Putin; not Mr Smith). */
        final boolean titled;

        private Prepared(NormalizedName name, List<NameToken> tokens, Span[] spans, double total, int informative) {
            this.name = name;
            this.tokens = tokens;
            this.spans = spans;
            this.total = total;
            this.informative = informative;
            this.numbers = name.numbers();
            this.legalForms = name.legalForms();
            this.tagged = tokens.size() == name.tokens().size() ? List.of()
                    : name.tokens().stream().filter(t -> !t.isNamePart()).toList();
            // (a foreign name read from Han as a transcription is no Chinese name: its patronymic may be dropped;
            // nor is a name with a word spelt out in Hangul a Korean one, though another of its words may read as
            // Korean syllables: 블라디미르 블라디미로비치 푸틴)
            this.readFromSyllables = tokens.stream().anyMatch(t -> t.readFromSyllables() && !t.transcribed())
                    && tokens.stream().noneMatch(NameToken::transcribed);
            this.surname = commaSurname(name.original(), tokens);
            this.titled = tagged.stream().anyMatch(t -> t.kind() == TokenKind.HONORIFIC
                    && Honorifics.isTitleOfOffice(t.text()));
        }

        NormalizedName name() {
            return name;
        }
    }

    /**
     * The most similar pair first; of equally similar ones the shorter spans, then by their texts, so that
     * the alignment does not depend on the order of the words.
     */
    private static final Comparator<Pair> BEST_FIRST = (x, y) -> {
        int c = Double.compare(-x.sim.value(), -y.sim.value());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(x.a.length + x.b.length, y.a.length + y.b.length);
        if (c != 0) {
            return c;
        }
        c = min(x.a.text, x.b.text).compareTo(min(y.a.text, y.b.text));
        return c != 0 ? c : max(x.a.text, x.b.text).compareTo(max(y.a.text, y.b.text));
    };

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }

    /** What may follow a name's comma without the part before it being a surname: John Smith, Jr. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v", "esq", "phd", "md");

    /**
     * The index among {@code tokens} of the first word of a surname written first and set off by a comma
     * ("KINAHAN, Christopher Vincent", "VAN DER BERG, Jan"), as OFAC and the US lists write persons; -1 for
     * other names, and when what follows the comma is a suffix (John Smith, Jr.) or has no letter.
     */
    static int commaSurname(String original, List<NameToken> tokens) {
        int comma = original.indexOf(',');
        if (comma <= 0 || original.indexOf(',', comma + 1) >= 0) {
            return -1;
        }
        String after = original.substring(comma + 1).strip().toLowerCase(java.util.Locale.ROOT).replace(".", "");
        if (after.isEmpty() || SUFFIXES.contains(after) || after.codePoints().noneMatch(Character::isLetter)
                || original.substring(0, comma).codePoints().noneMatch(Character::isLetter)) {
            return -1;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == TokenKind.WORD) {
                return i;
            }
        }
        return -1;
    }

    /** Prepares a name for repeated comparison. */
    Prepared prepare(NormalizedName name) {
        List<NameToken> tokens = name.nameTokens();
        double total = 0;
        int informative = 0;
        for (NameToken t : tokens) {
            total += weights.weight(t);
            informative += t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER ? 1 : 0;
        }
        return new Prepared(name, tokens, spans(tokens).toArray(new Span[0]), total, informative);
    }

    /** Compares two names; symmetric up to which side is called query. */
    public NameComparison compare(NormalizedName query, NormalizedName candidate) {
        return compare(prepare(query), prepare(candidate));
    }

    NameComparison compare(Prepared query, Prepared candidate) {
        List<NameToken> qa = query.tokens;
        List<NameToken> ca = candidate.tokens;
        List<Pair> pairs = new ArrayList<>();
        for (Span a : query.spans) {
            for (Span b : candidate.spans) {
                if (a.length > 1 && b.length > 1) {
                    continue; // joined runs only meet single tokens
                }
                TokenSimilarity s = a.length == 1 && b.length == 1 ? similarity(a, b) : joined(a, b);
                if (s.value >= MIN_SIMILARITY) {
                    pairs.add(new Pair(a, b, s));
                }
            }
        }
        if (pairs.size() > 1) {
            pairs.sort(BEST_FIRST);
        }
        boolean[] usedQ = new boolean[qa.size()];
        boolean[] usedC = new boolean[ca.size()];
        List<TokenAlignment> alignments = new ArrayList<>();
        double matchedQ = 0;
        double matchedC = 0;
        int informative = 0;
        boolean initialsMet = false;
        double agreedInitials = 0;
        for (Pair p : pairs) {
            if (overlaps(usedQ, p.a) || overlaps(usedC, p.b)) {
                continue;
            }
            mark(usedQ, p.a);
            mark(usedC, p.b);
            alignments.add(new TokenAlignment(p.a.text, p.b.text, p.sim.value, p.sim.method));
            matchedQ += p.a.weight * p.sim.value * initialCredit(p.a, p.b);
            matchedC += p.b.weight * p.sim.value * initialCredit(p.b, p.a);
            if (isInformative(p.a) || isInformative(p.b)) {
                informative += Math.max(p.a.length, p.b.length);
            } else if (p.a.length == 1 && p.b.length == 1 && p.a.single.kind() == TokenKind.INITIAL
                    && p.b.single.kind() == TokenKind.INITIAL) {
                initialsMet = true;
                agreedInitials += Math.max(0, AGREED_INITIAL_WEIGHT - Math.max(p.a.weight, p.b.weight));
            }
        }
        // A word read as a title or legal form on one side only ("King Angus" for Angus King, "John
        // Holding" for Holding John) still meets the same word on the other side; it then counts on both
        // sides, and costs nothing where it finds no partner.
        double extraQ = alignTagged(query.tagged, ca, usedC, alignments, false);
        double extraC = alignTagged(candidate.tagged, qa, usedQ, alignments, true);
        matchedQ += extraQ + extraC;
        matchedC += extraQ + extraC;
        informative += extraQ + extraC > 0 ? 1 : 0;
        List<String> unmatchedQ = new ArrayList<>();
        List<String> unmatchedC = new ArrayList<>();
        boolean wordLeftOver = false;
        double initialsLeftQ = 0;
        double initialsLeftC = 0;
        for (int i = 0; i < qa.size(); i++) {
            if (!usedQ[i]) {
                unmatchedQ.add(qa.get(i).text());
                wordLeftOver |= qa.get(i).kind() == TokenKind.WORD;
                initialsLeftQ += qa.get(i).kind() == TokenKind.INITIAL ? weights.weight(qa.get(i)) : 0;
            }
        }
        for (int i = 0; i < ca.size(); i++) {
            if (!usedC[i]) {
                unmatchedC.add(ca.get(i).text());
                wordLeftOver |= ca.get(i).kind() == TokenKind.WORD;
                initialsLeftC += ca.get(i).kind() == TokenKind.INITIAL ? weights.weight(ca.get(i)) : 0;
            }
        }
        boolean syllableNameLeftOver = wordLeftOver && (query.readFromSyllables || candidate.readFromSyllables);
        List<String> numbersQ = query.numbers;
        List<String> numbersC = candidate.numbers;
        boolean numberConflict = !numbersQ.isEmpty() && !numbersC.isEmpty()
                && !(numbersQ.containsAll(numbersC) || numbersC.containsAll(numbersQ));
        // A middle initial one side adds to a name the other side gives whole ("John Larson", "John B. Larson")
        // is the commonest difference between two records of one person: it costs a part of its weight only.
        double totalQ = query.total + extraQ - (unmatchedC.isEmpty() ? (1 - INITIAL_LEFT_OVER) * initialsLeftQ : 0);
        double totalC = candidate.total + extraC - (unmatchedQ.isEmpty() ? (1 - INITIAL_LEFT_OVER) * initialsLeftC : 0);
        // initials that agree count as if they weighed AGREED_INITIAL_WEIGHT, on both sides and in both totals
        matchedQ += agreedInitials;
        matchedC += agreedInitials;
        totalQ += agreedInitials;
        totalC += agreedInitials;
        double covQ = totalQ == 0 ? 0 : Math.min(1, matchedQ / totalQ);
        double covC = totalC == 0 ? 0 : Math.min(1, matchedC / totalC);
        // The worse-covered side counts super-linearly in how far it falls behind the better one: half a
        // name left over is a different person more often than a dropped middle name is; equal coverage
        // on both sides is the score itself.
        double high = Math.max(covQ, covC);
        double low = Math.min(covQ, covC);
        double score = high == 0 ? 0 : MAX_SIDE_WEIGHT * high + (1 - MAX_SIDE_WEIGHT) * low * Math.sqrt(low / high);
        // one word and the same initial on both sides ("K. Conaway", "K. Michael Conaway") say more than a word
        // alone; so does a title with the one word a name has (Президент Путин, President Putin): that is how
        // the person is called, not a part of the name left out
        boolean titledWord = query.informative == 1 && query.titled || candidate.informative == 1 && candidate.titled;
        boolean single = informative <= 1 && !initialsMet && !titledWord
                && Math.max(query.informative, candidate.informative) >= 2;
        double legal = query.legalForms.isEmpty() || candidate.legalForms.isEmpty() ? 0
                : LegalForms.conflict(query.legalForms, candidate.legalForms);
        // a surname written first and set off by a comma that found no partner, while something else did
        boolean surnameLeftOver = !alignments.isEmpty() && (query.surname >= 0 && !usedQ[query.surname]
                || candidate.surname >= 0 && !usedC[candidate.surname]);
        boolean soundsAlikeOnly = alignments.size() >= 2;
        for (int i = 0; i < alignments.size() && soundsAlikeOnly; i++) {
            soundsAlikeOnly = PHONETIC.equals(alignments.get(i).method());
        }
        return new NameComparison(clamp(score), alignments, unmatchedQ, unmatchedC, legal, numberConflict, single,
                syllableNameLeftOver, soundsAlikeOnly, surnameLeftOver);
    }

    /**
     * Pairs each tagged token of one side with an unaligned word of the other side spelled the same,
     * marking the word used; returns the weight of the words paired.
     */
    private double alignTagged(List<NameToken> tagged, List<NameToken> other, boolean[] usedOther,
                               List<TokenAlignment> alignments, boolean taggedIsCandidate) {
        double weight = 0;
        for (NameToken t : tagged) {
            for (int i = 0; i < other.size(); i++) {
                NameToken o = other.get(i);
                if (!usedOther[i] && o.kind() == TokenKind.WORD && o.text().equals(t.text())) {
                    usedOther[i] = true;
                    double w = weights.weight(o);
                    weight += w;
                    alignments.add(taggedIsCandidate ? new TokenAlignment(o.text(), t.text(), 1, "exact, a title or legal form on one side")
                            : new TokenAlignment(t.text(), o.text(), 1, "exact, a title or legal form on one side"));
                    break;
                }
            }
        }
        return weight;
    }

    /**
     * An initial says little about the word it stands for: "T" fits every name with a T. The initial's
     * side counts the pair in full, the word's side only in part.
     */
    private static double initialCredit(Span self, Span other) {
        return self.length == 1 && other.length == 1 && other.single.kind() == TokenKind.INITIAL
                && self.single.kind() != TokenKind.INITIAL ? INITIAL_WORD_CREDIT : 1.0;
    }

    private static boolean isInformative(Span s) {
        return s.length > 1 || s.single.kind() == TokenKind.WORD || s.single.kind() == TokenKind.NUMBER;
    }

    private List<Span> spans(List<NameToken> tokens) {
        List<Span> spans = new ArrayList<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            spans.add(single(tokens.get(i), i));
        }
        if (tokens.size() <= MAX_TOKENS_FOR_SPANS) {
            for (int len = 2; len <= MAX_SPAN; len++) {
                for (int i = 0; i + len <= tokens.size(); i++) {
                    StringBuilder text = new StringBuilder();
                    double w = 0;
                    boolean abjad = false;
                    boolean words = true;
                    int reading = reading(tokens.get(i));
                    for (int k = i; k < i + len; k++) {
                        NameToken t = tokens.get(k);
                        reading = reading(t) == reading ? reading : 0;
                        words &= t.kind() == TokenKind.WORD || t.kind() == TokenKind.PARTICLE;
                        text.append(t.text());
                        w += weights.weight(t);
                        abjad |= t.abjad();
                    }
                    if (words) {
                        String joined = text.toString();
                        spans.add(new Span(i, len, joined, NameNormalizer.skeleton(joined), abjad, w, null, reading,
                                null, letters(joined), null));
                    }
                }
            }
        }
        return spans;
    }

    private Span single(NameToken t, int index) {
        return new Span(index, 1, t.text(), t.skeleton(), t.abjad(), weights.weight(t), t, reading(t),
                nicknames.entry(t.text()), letters(t.text()), SlavicSpelling.fold(t.text()));
    }

    private static boolean overlaps(boolean[] used, Span s) {
        for (int i = s.start; i < s.start + s.length; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, Span s) {
        for (int i = s.start; i < s.start + s.length; i++) {
            used[i] = true;
        }
    }

    /** A joined run against a single token: only exact, skeleton or close spelling counts. */
    private TokenSimilarity joined(Span a, Span b) {
        Span one = a.length == 1 ? a : b;
        NameToken single = one.single;
        Span run = a.length == 1 ? b : a;
        if (single.kind() != TokenKind.WORD || single.text().length() < 4) {
            return TokenSimilarity.NONE;
        }
        if (run.text.equals(single.text())) {
            return new TokenSimilarity(0.97, "joined");
        }
        if (run.reading != 0 && run.reading == reading(single)) {
            return TokenSimilarity.NONE; // read from the same script: another spelling is another character
        }
        if ((run.reading == HANGUL) != single.hangul() && run.reading != HAN && !single.syllabic()) {
            // "Jong Un" and 정은 (jeongeun)
            String r = KoreanRomanisation.fold(run.text);
            String t = KoreanRomanisation.fold(single.text());
            // syllables of a Korean given name written apart (Song Hun): only the same syllables meet
            return r.equals(t) ? new TokenSimilarity(0.95, "joined Korean romanisation") : TokenSimilarity.NONE;
        }
        if (run.abjad != single.abjad() && run.skeleton.length() >= 3 && run.skeleton.equals(single.skeleton())) {
            return new TokenSimilarity(0.9, "joined transliteration");
        }
        double jwBound = jaroWinklerBound(run.text, run.letters, single.text(), one.letters);
        if (jwBound < JOINED_FUZZY_MIN) {
            return TokenSimilarity.NONE;
        }
        if ((run.reading == HAN) != single.syllabic() && (run.reading == HAN || run.reading == 0) && !single.hangul()) {
            // Xue Qiang is not Xueqing; Ming Hui may be Minghui in other letters. A Latin word that is no
            // pinyin (a foreign name written in Han characters: 马德森, Madsen) is compared by spelling.
            TokenSimilarity s = chinese(run.reading == HAN ? run.text : single.text(),
                    run.reading == HAN ? single.text() : run.text);
            if (s != null) {
                return s == TokenSimilarity.NONE ? s : new TokenSimilarity(s.value * 0.97, "joined Chinese romanisation");
            }
        }
        // A run is most often a whole name against one of its words ("johnsmith", "john"): alike at the
        // start, but too different in length for the edit distance to let it through.
        if (fuzzyBound(run.text, single.text(), jwBound) < JOINED_FUZZY_MIN) {
            return TokenSimilarity.NONE;
        }
        double f = fuzzy(run.text, single.text(), jaroWinkler(run.text, single.text()), !run.abjad && !single.abjad());
        return f >= JOINED_FUZZY_MIN ? new TokenSimilarity(f * 0.97, "joined fuzzy") : TokenSimilarity.NONE;
    }

    /** Whether a token has a letter Cyrillic lacks (w, x), so that its spelling from Cyrillic differs most. */
    private static boolean hasWOrX(String s) {
        return s.indexOf('w') >= 0 || s.indexOf('x') >= 0;
    }

    /** The similarity of two single tokens, from what their spans hold of them. */
    private TokenSimilarity similarity(Span sa, Span sb) {
        TokenSimilarity s = spellingSimilarity(sa, sb);
        if (s.value >= TRANSCRIPTION_SIMILARITY) {
            return s;
        }
        NameToken a = sa.single;
        NameToken b = sb.single;
        // a foreign name written in kana or Hangul against its Latin spelling (カルメロ, "karumero", and Carmelo)
        if (a.transcribed() != b.transcribed() && a.kind() == TokenKind.WORD && b.kind() == TokenKind.WORD) {
            NameToken spelled = a.transcribed() ? b : a;
            NameToken written = a.transcribed() ? a : b;
            if (!spelled.abjad() && !spelled.syllabic()) {
                TokenSimilarity t = transcription(written.text(), written.syllabic(), spelled.text());
                if (!written.hangul() && t.value < KANA_SPELLING_MAX) {
                    TokenSimilarity k = written.syllabic() ? hanSpelling(written.text(), spelled.text())
                            : kanaSpelling(written.text(), spelled.text());
                    t = k.value > t.value ? k : t;
                }
                return t.value > s.value ? t : s;
            }
        }
        if (a.hangul() != b.hangul() && a.kind() == TokenKind.WORD && b.kind() == TokenKind.WORD) {
            return koreanOrForeign(a.hangul() ? a : b, a.hangul() ? b : a, s);
        }
        return s;
    }

    /**
     * A Hangul word read as a Korean name may be a foreign one written so (서던, Southern): against a Latin word
     * that is no Korean syllables, its consonants are also compared as a transcription's. Not by its sounds
     * ({@link #kanaSpelling}): Korean given names would meet English ones (지현, "jihyeon", John).
     */
    private static TokenSimilarity koreanOrForeign(NameToken hangul, NameToken latin, TokenSimilarity s) {
        if (latin.abjad() || latin.readFromSyllables() || latin.transcribed() || KoreanRomanisation.isSyllables(latin.text())) {
            return s;
        }
        TokenSimilarity t = transcription(hangul.text(), false, latin.text());
        return t.value > s.value ? t : s;
    }

    /**
     * A word read from kana or Hangul against a Latin spelling, by their consonant keys ({@link Transcription}):
     * {@link #TRANSCRIPTION_SIMILARITY} when a key of the spelling is the written word's (three consonants or
     * more), {@link #NEAR_TRANSCRIPTION_SIMILARITY} when keys of four or more are one consonant apart
     * (クリメツキ "krmck" and Klimecki "krmk"), else none. The spelling is heard by {@link Transcription#heardKeys}.
     */
    static TokenSimilarity transcription(String written, String spelled) {
        return transcription(written, false, spelled);
    }

    /** As {@link #transcription(String, String)}; {@code pinyin}: the written word was read from Han characters. */
    static TokenSimilarity transcription(String written, boolean pinyin, String spelled) {
        List<String> heard = Transcription.writtenKeys(written, pinyin);
        List<String> keys = Transcription.heardKeys(spelled);
        boolean near = false;
        for (String w : heard) {
            if (w.length() < Transcription.MIN_KEY) {
                continue;
            }
            if (keys.contains(w)) {
                return new TokenSimilarity(transcriptionValue(w.length()), "transcription");
            }
            if (!near && w.length() > Transcription.MIN_KEY) {
                for (String k : keys) {
                    if (k.length() > Transcription.MIN_KEY && EditDistance.bounded(w, k, 1, false) >= 0) {
                        near = true;
                        break;
                    }
                }
            }
        }
        return near ? new TokenSimilarity(NEAR_TRANSCRIPTION_SIMILARITY, "transcription") : TokenSimilarity.NONE;
    }

    /**
     * A word read from kana against a Latin spelling, by the sounds both write ({@link KanaSpelling}): their
     * Jaro-Winkler similarity once folded, when at least {@link #KANA_SPELLING_MIN}, at most
     * {@link #KANA_SPELLING_MAX}; else none.
     */
    static TokenSimilarity kanaSpelling(String romaji, String spelling) {
        String spelled = KanaSpelling.spelled(spelling);
        if (spelled.length() < 2) {
            return TokenSimilarity.NONE;
        }
        String[] written = sounds(romaji, NameComparator::kanaSounds);
        double jw = Math.max(soundLikeness(written[0], spelled), soundLikeness(written[1], spelled));
        return jw >= KANA_SPELLING_MIN ? new TokenSimilarity(Math.min(KANA_SPELLING_MAX, jw), "transcription sounds")
                : TokenSimilarity.NONE;
    }

    /**
     * The sounds of words read from kana or Hangul ({@link KanaSpelling}) and, under a key starting with a
     * space, from Han ({@link HanSpelling}): without and with the vowels the script adds. A word is compared
     * with many spellings; past the bound its sounds are worked out each time.
     */
    private static final Map<String, String[]> SOUNDS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_SOUNDS = 100_000;

    private static String[] sounds(String key, Function<String, String[]> work) {
        String[] known = SOUNDS.get(key);
        if (known != null) {
            return known;
        }
        String[] s = work.apply(key);
        if (SOUNDS.size() < MAX_REMEMBERED_SOUNDS) {
            SOUNDS.put(key, s);
        }
        return s;
    }

    private static String[] kanaSounds(String romaji) {
        return new String[]{KanaSpelling.written(romaji, true), KanaSpelling.written(romaji, false)};
    }

    private static String[] hanSounds(String key) {
        String pinyin = key.substring(1);
        return new String[]{HanSpelling.written(pinyin, true), HanSpelling.written(pinyin, false)};
    }

    /**
     * The Jaro-Winkler similarity of two folded sound strings, or 0 when their lengths differ by more than a
     * third of the shorter (at least one): Jaro-Winkler rewards a shared start, and 莫罗 "moro" is not Moreno.
     */
    private static double soundLikeness(String written, String spelled) {
        int shorter = Math.min(written.length(), spelled.length());
        if (Math.abs(written.length() - spelled.length()) > Math.max(1, shorter / 3)) {
            return 0;
        }
        return jaroWinkler(written, spelled);
    }

    /**
     * A foreign name read from Han characters against a Latin spelling, by the sounds both write
     * ({@link HanSpelling}), as {@link #kanaSpelling}.
     */
    static TokenSimilarity hanSpelling(String pinyin, String spelling) {
        String[] written = sounds(" " + pinyin, NameComparator::hanSounds);
        if (written[0] == null) {
            return TokenSimilarity.NONE;
        }
        String spelled = KanaSpelling.spelled(spelling);
        if (spelled.length() < 2) {
            return TokenSimilarity.NONE;
        }
        double jw = Math.max(soundLikeness(written[0], spelled), soundLikeness(written[1], spelled));
        return jw >= HAN_SPELLING_MIN ? new TokenSimilarity(Math.min(KANA_SPELLING_MAX, jw), "transcription sounds")
                : TokenSimilarity.NONE;
    }

    private TokenSimilarity spellingSimilarity(Span sa, Span sb) {
        NameToken a = sa.single;
        NameToken b = sb.single;
        Set<String> formalA = sa.formal;
        Set<String> formalB = sb.formal;
        String x = a.text();
        String y = b.text();
        if (a.kind() == TokenKind.NUMBER || b.kind() == TokenKind.NUMBER) {
            return x.equals(y) ? new TokenSimilarity(1, "number") : TokenSimilarity.NONE;
        }
        if (x.equals(y)) {
            return new TokenSimilarity(1, "exact");
        }
        if (a.kind() == TokenKind.INITIAL || b.kind() == TokenKind.INITIAL) {
            return x.charAt(0) == y.charAt(0) ? new TokenSimilarity(0.9, "initial") : TokenSimilarity.NONE;
        }
        if ((a.kind() == TokenKind.PARTICLE) != (b.kind() == TokenKind.PARTICLE)
                && ARABIC_ARTICLES.contains(a.kind() == TokenKind.PARTICLE ? x : y)) {
            return TokenSimilarity.NONE; // the article (al, el, ad, ...) is no misspelt name: Al is not Ali
        }
        boolean readFromSyllables = a.readFromSyllables() || b.readFromSyllables();
        if (!readFromSyllables && Nicknames.related(x, formalA, y, formalB)) {
            return new TokenSimilarity(0.9, "nickname"); // nicknames are of spelled names (이, Lee, is no Elias)
        }
        if (a.abjad() != b.abjad()) {
            // a vowel-less transliteration against a spelled name; two vowel-less ones are compared by
            // their letters below, which both wrote (جلیلی, jlyly, and جلالی, jlaly, differ in one)
            return vowelless(a.abjad() ? a : b, a.abjad() ? b : a);
        }
        if (readFromSyllables && reading(a) == reading(b)) {
            // Both read from Han, or both from Hangul, by the same rules: 영환 (yeonghwan) and 영한
            // (yeonghan) differ in a character, which makes another name, not a variant spelling.
            return TokenSimilarity.NONE;
        }
        if (a.hangul() != b.hangul() && !a.syllabic() && !b.syllabic()) {
            return korean(KoreanRomanisation.fold(x), KoreanRomanisation.fold(y), a.hangul() ? x : y, a.hangul() ? y : x);
        }
        if (a.syllabic() != b.syllabic() && !a.hangul() && !b.hangul()) {
            // One Chinese syllable is one character: Lin is not Li, though Lim may be Lin said in Hokkien.
            TokenSimilarity s = chinese(a.syllabic() ? x : y, a.syllabic() ? y : x);
            if (s != null) {
                return s;
            }
        }
        if (jaroWinklerBound(x, sa.letters, y, sb.letters) < MIN_SIMILARITY) {
            // Most pairs of a rescoring are hopeless; this costs a tenth of JW. Not so an English name written
            // back from Cyrillic, which has no w and no x (Уекстон, "uekston", is Wexton).
            if (hasWOrX(x) != hasWOrX(y) && !a.abjad() && sa.slavic.equals(sb.slavic)) {
                return new TokenSimilarity(SLAVIC_SIMILARITY, "Slavic spelling");
            }
            return TokenSimilarity.NONE;
        }
        if (a.abjad() && b.abjad() && (x.charAt(0) != y.charAt(0) || bothWrittenEndsDisagree(x, y))) {
            // Both vowel-less: every letter was written, so another first letter is another name (محمدی and
            // احمدی, Mohammadi and Ahmadi), and so is a final vowel letter one of them has (محمدی and محمد)
            return TokenSimilarity.NONE;
        }
        double jw = jaroWinkler(x, y);
        double s = fuzzy(x, y, jw, !a.abjad());
        if (a.syllabic() || b.syllabic()) {
            // Pinyin is one standard spelling per character: Minghui and Mingguo are other names, and
            // Double Metaphone, made for English, cannot tell them apart.
            return new TokenSimilarity(Math.max(0, s - SYLLABIC_PENALTY), "fuzzy");
        }
        String method = "fuzzy";
        if (s < SLAVIC_SIMILARITY && (s >= MIN_SIMILARITY - 0.1 || hasWOrX(x) != hasWOrX(y)) && !readFromSyllables
                && !a.abjad()) {
            // Valerii and Valery, Iermakov and Ermakov, Mykolaiovych and Nikolaevich
            String fx = sa.slavic;
            String fy = sb.slavic;
            double slavic = fx.equals(fy) ? SLAVIC_SIMILARITY
                    : SlavicSpelling.isPatronymic(fx) && SlavicSpelling.isPatronymic(fy) ? fuzzy(fx, fy) : 0;
            if (slavic > s) {
                s = slavic;
                method = "Slavic spelling";
            }
        }
        if (s < PHONETIC_SIMILARITY && !readFromSyllables && !a.abjad() && phoneticEqual(a, b, jw)) {
            s = PHONETIC_SIMILARITY;
            method = PHONETIC;
        }
        return new TokenSimilarity(s, method);
    }

    /**
     * A vowel-less transliteration against a spelled word: by consonant skeleton, a v of the spelling written b
     * or f, and the spelling read letter by letter ({@link #readAsSpelled}). A method of its own, so that the
     * comparison of two spelled words, by far the commonest, stays small enough to be inlined.
     */
    private static TokenSimilarity vowelless(NameToken writtenToken, NameToken spelled) {
        if (labialMissing(spelled.text(), writtenToken.text()) || endsDisagree(writtenToken.text(), spelled.text())) {
            return TokenSimilarity.NONE;
        }
        String written = writtenToken.skeleton();
        boolean endsOnVowel = endsOnAOrE(spelled.text());
        TokenSimilarity t = skeletonSimilarity(written, spelled.skeleton(), endsOnVowel);
        if (t.value < 0.92 && spelled.text().indexOf('v') >= 0
                && (written.indexOf('b') >= 0 || written.indexOf('f') >= 0)) {
            // the skeleton leaves v out with w, but Hebrew writes it as a b (ב) and Arabic as an f (ف):
            // Vorobyov is wrwbywb, Flávio flafyw
            // (only a skeleton that then agrees counts: Musavi, msb, is not مصباح, msbh)
            for (char letter : V_AS) {
                String alternate = NameNormalizer.skeleton(spelled.text().replace('v', letter));
                if (squeezedEqual(written, endsOnVowel, alternate)) {
                    TokenSimilarity v = skeletonSimilarity(written, alternate, endsOnVowel);
                    t = v.value > t.value ? v : t;
                }
            }
        }
        if (t.value < skeletonValue(MIN_FUZZY_SKELETON)) {
            TokenSimilarity read = readAsSpelled(writtenToken.text(), spelled.text());
            t = read.value > t.value ? read : t;
        }
        return t;
    }

    /**
     * A word read from Han against a Latin word: one syllable against its romanisations; several syllable
     * by syllable when the Latin word is spelled as syllables; null when it is not, and only the spelling
     * can be compared.
     */
    private static TokenSimilarity chinese(String pinyin, String latin) {
        Boolean same = ChineseRomanisation.isSyllable(pinyin)
                ? Boolean.valueOf(ChineseRomanisation.sameSyllable(pinyin, latin))
                : ChineseRomanisation.sameSyllables(pinyin, latin);
        if (same == null) {
            return null;
        }
        return same ? new TokenSimilarity(0.9, "Chinese romanisation") : TokenSimilarity.NONE;
    }

    /**
     * A word read from Hangul against one spelled in Latin letters, both folded. When the Hangul word has two
     * syllables or more and the Latin word can be read as Korean syllables ({@code hangul} and {@code latin},
     * unfolded), a spelling difference left over is another syllable: another name (건우, Geonu, is not Kun;
     * 영진 is not Dongjin). A surname has one syllable and many spellings (박: Park, Pak, Bak), so it keeps the
     * spelling comparison; so does a Latin word that is no Korean syllables, for the Hangul may be a foreign
     * name written as a Korean one (라이너, Rainer). A difference costs as one read from Han does.
     */
    private static TokenSimilarity korean(String a, String b, String hangul, String latin) {
        if (a.equals(b)) {
            return new TokenSimilarity(0.95, "Korean romanisation");
        }
        if (jaroWinklerBound(a, b) < MIN_SIMILARITY || vowelGroups(hangul) >= 2
                && KoreanRomanisation.isSyllables(latin) && !sameBesidesDoublesAndFinalE(a, b)) {
            return TokenSimilarity.NONE;
        }
        return new TokenSimilarity(Math.max(0, fuzzy(a, b) - SYLLABIC_PENALTY), "fuzzy");
    }

    /**
     * The runs of vowels in a word, about its syllables: a surname has one (park, lee, choi), a given name two
     * (geonu, yeongjin).
     */
    static int vowelGroups(String s) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        return groups;
    }

    /**
     * Whether two folded spellings, one read from Hangul, agree once doubled letters are written once and a
     * final e after a consonant is left out: Korean writes neither (Emma is 에마, Tiina 티나, Udine 우딘), so
     * the Hangul is then a foreign name and the difference no other syllable.
     */
    static boolean sameBesidesDoublesAndFinalE(String a, String b) {
        String x = squeezed(a, false);
        String y = squeezed(b, false);
        return x.equals(y) || withoutFinalE(x).equals(y) || x.equals(withoutFinalE(y));
    }

    private static String withoutFinalE(String s) {
        int n = s.length();
        return n > 2 && s.charAt(n - 1) == 'e' && "aeiouwy".indexOf(s.charAt(n - 2)) < 0 ? s.substring(0, n - 1) : s;
    }

    /**
     * Same Double Metaphone code, same first letter and some likeness of spelling: "Mohammed" and
     * "Muhammad". The code alone is too coarse ("Gary" and "Guero" share one), and tokens that differ in
     * length by more than two letters are other names (Feng and Fangwei).
     */
    private static boolean phoneticEqual(NameToken a, NameToken b, double jaroWinkler) {
        if (a.phonetic().length() < 2 || b.phonetic().length() < 2 || a.text().charAt(0) != b.text().charAt(0)
                || jaroWinkler < 0.75 || Math.abs(a.text().length() - b.text().length()) > 2) {
            return false;
        }
        return a.phonetic().equals(b.phonetic())
                || (!b.phoneticAlternate().isEmpty() && a.phonetic().equals(b.phoneticAlternate()))
                || (!a.phoneticAlternate().isEmpty() && a.phoneticAlternate().equals(b.phonetic()));
    }

    /**
     * True when a spelled name holds a v or w that a vowel-less transliteration of it would have written
     * but this one does not. The skeleton leaves w out, since و and ו are also vowels; but a v or w is
     * a consonant that Arabic, Persian and Hebrew write (و, ف, ב, ו: Vladimir is فلاديمير, David דוד),
     * so Klavdiy is not خالد (khald), nor Lowery لیرضا.
     */
    static boolean labialMissing(String spelled, String vowelless) {
        if (spelled.indexOf('v') < 0 && spelled.indexOf('w') < 0) {
            return false;
        }
        for (int i = 0; i < vowelless.length(); i++) {
            char c = vowelless.charAt(i);
            // و and ו are read u or o when vowelled (دُونِنگ "duning", Downing)
            if (c == 'w' || c == 'v' || c == 'f' || c == 'b' || c == 'p' || c == 'u' || c == 'o') {
                return false;
            }
        }
        return true;
    }

    /**
     * A vowel-less transliteration against a spelled name, by their consonant skeletons: equal a little below
     * exact, the more so the longer they are; else by spelling, which for skeletons of one or two consonants
     * must leave only a final consonant of the spelling over. {@code endsOnVowel}: the spelling ends on an a
     * or e, which Arabic, Persian and Hebrew write with a final h (ه, ة, ה: فاطمه "fatmh", Fatima).
     */
    /**
     * Keys that agree in more consonants are stronger evidence, as longer skeletons are: 0.85 for three,
     * 0.87 for four, 0.9 for five or more (ウラジーミル "urajimiru" and Vladimir, {@code prtmr}).
     */
    private static double transcriptionValue(int consonants) {
        return consonants >= 5 ? 0.9 : consonants == 4 ? 0.87 : TRANSCRIPTION_SIMILARITY;
    }

    private static TokenSimilarity skeletonSimilarity(String written, String spelled, boolean endsOnVowel) {
        if (written.isEmpty() || spelled.isEmpty()) {
            return TokenSimilarity.NONE;
        }
        if (written.equals(spelled)) {
            // A longer shared skeleton is stronger evidence: "mhmd" says more than "sn".
            return new TokenSimilarity(skeletonValue(written.length()), "transliteration");
        }
        if (squeezedEqual(written, endsOnVowel, spelled)) {
            // one side wrote a doubled consonant once (טלאלי "tlly", Tlali "tll": the transliteration drops the
            // alef between them), or the written name ends on a vowel letter (פינה "pynh", Pina)
            return new TokenSimilarity(skeletonValue(squeezed(written, endsOnVowel).length()), "transliteration");
        }
        if (Math.min(written.length(), spelled.length()) < MIN_FUZZY_SKELETON
                && !(spelled.length() == written.length() + 1 && written.length() >= 2 && spelled.startsWith(written))) {
            // In a skeleton of one or two consonants another consonant is another name (bs, Abbas, and b, Abu),
            // unless the spelling ends on one that is not said (Jadot, جادو "jd").
            return TokenSimilarity.NONE;
        }
        return new TokenSimilarity(fuzzy(written, spelled) * 0.9, "transliteration");
    }

    /**
     * A vowel-less transliteration whose consonants a Latin spelling can be read as, letter by letter
     * ({@link SpelledConsonants}): a little below the same skeleton, for the reading allows more. An Arabic
     * article written onto the word (الحلاج "alhlaj", Hallaj) is read without it when the spelling has none.
     */
    private static TokenSimilarity readAsSpelled(String written, String spelled) {
        String consonants = SpelledConsonants.consonants(written, spelled);
        int length = squeezed(consonants, false).length();
        if (length < MIN_READ_SKELETON || !SpelledConsonants.readable(consonants, spelled)) {
            return TokenSimilarity.NONE;
        }
        return new TokenSimilarity(skeletonValue(length) - READ_AS_SPELLED_COST, "transliteration");
    }

    private static double skeletonValue(int length) {
        return length >= 4 ? 0.92 : length == 3 ? 0.88 : length == 2 ? 0.8 : 0.75;
    }

    /**
     * Whether a vowel-less transliteration and a spelling end apart: one on a vowel letter (ی, ي, ا, و, ו, י:
     * y, a or w) and the other on a consonant, or the other way round with the spelling on an i or y. Persian and
     * Arabic names end on those letters for a reason, most often the -i of a family name made from a place or
     * a name: احمدی (ahmdy, Ahmadi) is not Ahmad, منصوری (mnswry) not Mansur, سعیدی (sydy) not As'ad, and کانو
     * (kanw, Kano) not Khan. A spelling that ends on a vowel, or on an h after one, may write any of them
     * (موسى "mwsy" is Musa); a final j is a y (Juraj); and a vowel and a t, d, x, s or z at the end of a
     * French name are said as the vowel alone (Pinot, بينو).
     */
    static boolean endsDisagree(String written, String spelled) {
        if (written.length() < 3 || spelled.length() < 3) {
            return false;
        }
        char w = written.charAt(written.length() - 1);
        char s = spelled.charAt(spelled.length() - 1);
        char before = spelled.charAt(spelled.length() - 2);
        boolean spelledOnVowel = isVowelLetter(s) || s == 'h' && isVowelLetter(before);
        if (w == 'y') {
            return !spelledOnVowel && s != 'j'; // Juraj, Andrej
        }
        if (w == 'a' || w == 'w') {
            // a French final consonant is not said: Pinot بينو, Giraud גירו, Dumas دوما
            return !spelledOnVowel && s != 'w' && !(isVowelLetter(before) && "tdxsz".indexOf(s) >= 0);
        }
        return w != 'h' && !isVowelLetter(w) && (s == 'i' || s == 'y') && !isVowelLetter(spelled.charAt(spelled.length() - 2));
    }

    /** Whether of two vowel-less transliterations one ends on a vowel letter (y, a, w) and the other not. */
    static boolean bothWrittenEndsDisagree(String x, String y) {
        return x.length() >= 3 && y.length() >= 3 && isFinalVowelLetter(x.charAt(x.length() - 1)) != isFinalVowelLetter(y.charAt(y.length() - 1));
    }

    private static boolean isFinalVowelLetter(char c) {
        return c == 'y' || c == 'a' || c == 'w' || c == 'h';
    }

    private static boolean isVowelLetter(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static boolean endsOnAOrE(String s) {
        char last = s.charAt(s.length() - 1);
        return last == 'a' || last == 'e';
    }

    /**
     * Whether {@link #squeezed} of the written skeleton (without its final h if asked) and of the spelled one
     * are equal, without making either: most pairs compared are not.
     */
    static boolean squeezedEqual(String written, boolean withoutFinalH, String spelled) {
        int wEnd = withoutFinalH && written.length() > 1 && written.charAt(written.length() - 1) == 'h'
                ? written.length() - 1 : written.length();
        int i = 0;
        int j = 0;
        while (i < wEnd && j < spelled.length()) {
            char c = written.charAt(i);
            if (c != spelled.charAt(j)) {
                return false;
            }
            while (i < wEnd && written.charAt(i) == c) {
                i++;
            }
            while (j < spelled.length() && spelled.charAt(j) == c) {
                j++;
            }
        }
        return i == wEnd && j == spelled.length();
    }

    /** A word with each run of one letter written once (a skeleton's consonants), and without a final h if asked. */
    static String squeezed(String skeleton, boolean withoutFinalH) {
        int end = withoutFinalH && skeleton.length() > 1 && skeleton.charAt(skeleton.length() - 1) == 'h'
                ? skeleton.length() - 1 : skeleton.length();
        StringBuilder sb = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = skeleton.charAt(i);
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Jaro-Winkler, lowered when the edit distance exceeds a budget of a quarter of the longer token:
     * "Rotenberg"/"Rothenburg" is a plausible typo, "Oleg"/"Olga" is not.
     */
    static double fuzzy(String a, String b) {
        return fuzzy(a, b, jaroWinkler(a, b), false);
    }

    /**
     * {@link #fuzzy(String, String)} with the Jaro-Winkler similarity known; with {@code spelled} (both
     * words written with their vowels) two neighbouring letters swapped are one edit, a typing slip. In
     * a vowel-less transliteration a swap makes another name (zadh, Zadeh; zahd, Zahid).
     */
    static double fuzzy(String a, String b, double jaroWinkler, boolean spelled) {
        double jw = jaroWinkler;
        if (jw < MIN_SIMILARITY) {
            return jw; // never aligned; the edit distance could only lower it
        }
        int longer = Math.max(a.length(), b.length());
        if (longer <= SHORT_TOKEN && otherShortName(a, b)) {
            jw -= SHORT_TOKEN_PENALTY;
        }
        int budget = Math.max(1, longer / 4);
        int d = EditDistance.bounded(a, b, budget + 3, spelled);
        if (d < 0) {
            d = budget + 4;
        }
        if (d > budget) {
            jw -= 0.1 * (d - budget);
        }
        return clamp(jw);
    }

    /**
     * Whether two short tokens of equal length differ by a letter swapped for another, which in names this
     * short usually makes another name. Typing slips keep their benefit: a letter dropped or added, two
     * neighbours transposed; so do letters that transliterations write either way (w and u or v, y and j
     * or i, k and c).
     */
    static boolean otherShortName(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int second = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                } else if (second < 0) {
                    second = i;
                } else {
                    return true;
                }
            }
        }
        if (first < 0) {
            return false;
        }
        if (second < 0) {
            return !interchangeable(a.charAt(first), b.charAt(first));
        }
        return !(second == first + 1 && a.charAt(first) == b.charAt(second) && a.charAt(second) == b.charAt(first));
    }

    private static boolean interchangeable(char x, char y) {
        String pair = x < y ? "" + x + y : "" + y + x;
        return switch (pair) {
            case "uw", "vw", "jy", "iy", "ck" -> true;
            default -> false;
        };
    }

    /**
     * Jaro-Winkler similarity (prefix scale 0.1, up to four prefix characters), equal to commons-text's
     * {@code JaroWinklerSimilarity} on the lower-case ASCII tokens compared here. Written out because the
     * library's per-character interface profiled as 40 % of screening time; this runs on plain arrays
     * without allocating beyond two small flag arrays.
     */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        String s1 = la <= lb ? a : b; // shorter
        String s2 = la <= lb ? b : a;
        int l1 = s1.length();
        int l2 = s2.length();
        int window = Math.max(0, l2 / 2 - 1);
        boolean[] used = new boolean[l2];
        char[] matched1 = new char[l1];
        int m = 0;
        for (int i = 0; i < l1; i++) {
            char c = s1.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(l2, i + window + 1);
            for (int j = from; j < to; j++) {
                if (!used[j] && s2.charAt(j) == c) {
                    used[j] = true;
                    matched1[m++] = c;
                    break;
                }
            }
        }
        if (m == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int j = 0; j < l2; j++) {
            if (used[j]) {
                if (s2.charAt(j) != matched1[k]) {
                    transpositions++;
                }
                k++;
            }
        }
        double md = m;
        double jaro = (md / l1 + md / l2 + (md - transpositions / 2.0) / md) / 3.0;
        if (jaro < 0.7) {
            return jaro;
        }
        int prefix = 0;
        int maxPrefix = Math.min(4, l1);
        while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /**
     * An upper bound of {@link #jaroWinkler}: letters of the shorter token that the longer one lacks can
     * never match; assume every other letter matches without transposition and the longest prefix.
     */
    static double jaroWinklerBound(String a, String b) {
        return jaroWinklerBound(a, letters(a), b, letters(b));
    }

    /** {@link #jaroWinklerBound(String, String)} with each string's {@link #letters} known. */
    private static double jaroWinklerBound(String a, long lettersA, String b, long lettersB) {
        String s1 = a.length() <= b.length() ? a : b;
        String s2 = a.length() <= b.length() ? b : a;
        long mask = a.length() <= b.length() ? lettersB : lettersA;
        int m = 0;
        for (int i = 0; i < s1.length(); i++) {
            if ((mask & (1L << (s1.charAt(i) & 63))) != 0) {
                m++;
            }
        }
        if (m == 0) {
            return 0;
        }
        double jaro = ((double) m / s1.length() + (double) m / s2.length() + 1.0) / 3.0;
        return jaro < 0.7 ? jaro : jaro + 0.4 * (1.0 - jaro);
    }

    /**
     * The most {@link #fuzzy} can give two tokens, without their Jaro-Winkler or edit distance: the bound of
     * {@link #jaroWinklerBound}, less what their difference in length alone costs against the edit budget
     * (each letter one is longer than the other is at least one edit). Below {@link #MIN_SIMILARITY} fuzzy
     * costs no edits, so the bound there is only Jaro-Winkler's. A margin covers the rounding by which
     * Jaro-Winkler may exceed its own bound.
     */
    static double fuzzyBound(String a, String b) {
        return fuzzyBound(a, b, jaroWinklerBound(a, b));
    }

    /** {@link #fuzzyBound(String, String)} with {@link #jaroWinklerBound} of the two known. */
    private static double fuzzyBound(String a, String b, double jw) {
        int budget = Math.max(1, Math.max(a.length(), b.length()) / 4);
        // fuzzy counts at most budget + 4 edits: its distance gives up beyond budget + 3
        int over = Math.min(Math.abs(a.length() - b.length()), budget + 4) - budget;
        double edited = over > 0 ? jw - 0.1 * over : jw;
        return Math.max(edited, Math.min(jw, MIN_SIMILARITY)) + 1e-9;
    }

    /** The letters of a string as a set of 64 bits (a letter's code modulo 64), for the bound above. */
    static long letters(String s) {
        long mask = 0;
        for (int i = 0; i < s.length(); i++) {
            mask |= 1L << (s.charAt(i) & 63);
        }
        return mask;
    }

    static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
