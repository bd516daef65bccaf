package io.blackbox.engine.matching;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Identifier;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.PartialDate;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.names.NameNormalizer;
import io.blackbox.engine.names.Nicknames;
import io.blackbox.engine.names.NormalizedName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a query against a record: the best name alignment over all name pairs, then features that move
 * it (legal form, numbers, schema, country, date of birth, identifiers). Every score is in [0, 1] and
 * comes with an {@link Explanation}. Thread-safe.
 */
public final class Matcher {
    static final double WEAK_ALIAS_FACTOR = 0.95;
    static final double SINGLE_TOKEN_FACTOR = 0.85;
    /** A Chinese or Korean personal name with a word left over is another person's more often than not. */
    static final double SYLLABLE_NAME_LEFT_OVER_FACTOR = 0.85;
    /**
     * A name whose every word only sounds like the other's (0.85 each) is for review, not a match: each word
     * alone would be a common misspelling, all of them together another person more often than not.
     */
    static final double SOUNDS_ALIKE_ONLY_FACTOR = 0.93;
    /**
     * Persons: a surname that a list wrote first, before a comma, found no partner. Middle names and a second
     * surname are dropped often; the surname itself seldom, so the rest of the name is another person's more
     * often than not (Uriel Morales and HERNANDEZ MORALES, Uriel).
     */
    static final double SURNAME_LEFT_OVER_FACTOR = 0.9;
    static final double LEGAL_FORM_PENALTY = 0.08;
    static final double NUMBER_PENALTY = 0.25;
    static final double SCHEMA_PENALTY = 0.30;
    /**
     * What a shared country adds: the most that any fact beyond names can raise a score when neither side
     * has a date of birth or an identifier.
     */
    public static final double COUNTRY_BONUS = 0.03;
    static final double COUNTRY_PENALTY = 0.08;
    static final double BIRTH_DATE_BONUS = 0.05;
    static final double BIRTH_DATE_NEAR_PENALTY = 0.10;
    static final double BIRTH_DATE_PENALTY = 0.25;
    static final double IDENTIFIER_MATCH_FLOOR = 0.95;
    static final double IDENTIFIER_PENALTY = 0.10;

    private final NameNormalizer normalizer;
    private final NameComparator comparator;
    private final Thresholds thresholds;

    /** The default matcher: packaged nicknames and token frequencies, default thresholds. */
    public Matcher() {
        this(NameNormalizer.getDefault(), new NameComparator(Nicknames.getDefault(), FrequencyTokenWeights.getDefault()),
                Thresholds.DEFAULT);
    }

    public Matcher(Thresholds thresholds) {
        this(NameNormalizer.getDefault(), new NameComparator(Nicknames.getDefault(), FrequencyTokenWeights.getDefault()),
                thresholds);
    }

    public Matcher(NameNormalizer normalizer, NameComparator comparator, Thresholds thresholds) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.comparator = Objects.requireNonNull(comparator, "comparator");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public NameNormalizer normalizer() {
        return normalizer;
    }

    /**
     * Scores two bare names, as {@code score-pairs} does.
     *
     * @param schema the schema both are assumed to have, or null
     * @throws IllegalArgumentException naming the name when either cannot be normalised (empty, only
     *                                  punctuation, too long)
     */
    public MatchResult scorePair(String name1, String name2, Schema schema) {
        List<NormalizedName> a = normalize(name1, "name1", schema == Schema.PERSON);
        List<NormalizedName> b = normalize(name2, "name2", schema == Schema.PERSON);
        PreparedRecord q = new PreparedRecord("name1", name1, schema, a, a.stream().map(comparator::prepare).toList(),
                new boolean[a.size()], List.of(), List.of(), Set.of(), Set.of());
        PreparedRecord r = new PreparedRecord("name2", name2, schema, b, b.stream().map(comparator::prepare).toList(),
                new boolean[b.size()], List.of(), List.of(), Set.of(), Set.of());
        return score(q, r);
    }

    private List<NormalizedName> normalize(String name, String field, boolean person) {
        try {
            return normalizer.variants(name, person);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    /** Scores a query against one record. */
    public MatchResult score(Query query, MatchRecord record) {
        return score(prepareRecord(query), prepare(record));
    }

    /** Scores a record against a query normalised before. */
    public MatchResult score(PreparedQuery query, MatchRecord record) {
        return score(query.record, prepare(record));
    }

    /** Scores a record normalised before against a query normalised before. */
    public MatchResult score(PreparedQuery query, PreparedCandidate candidate) {
        return score(query.record, candidate.record);
    }

    /** Normalises a record's names once, to score many queries against it. */
    public PreparedCandidate prepareCandidate(MatchRecord record) {
        return new PreparedCandidate(prepare(record));
    }

    /**
     * Normalises a query's names once, to search or score with it many times.
     *
     * @throws IllegalArgumentException when no name of the query can be normalised and it has no identifier
     */
    public PreparedQuery prepare(Query q) {
        NormalizedName[] firstName = new NormalizedName[1];
        PreparedRecord r = prepareRecord(q, firstName);
        return new PreparedQuery(q, r, firstName[0]);
    }

    private PreparedRecord prepareRecord(Query q) {
        return prepareRecord(q, new NormalizedName[1]);
    }

    /** {@code firstName[0]} receives the main form of the query's first name, when it can be normalised. */
    private PreparedRecord prepareRecord(Query q, NormalizedName[] firstName) {
        List<NormalizedName> names = new ArrayList<>();
        IllegalArgumentException first = null;
        for (String n : q.names()) {
            try {
                List<NormalizedName> variants = normalizer.variants(n, q.schema() == Schema.PERSON);
                if (names.isEmpty() && first == null) {
                    firstName[0] = variants.getFirst();
                }
                names.addAll(variants);
            } catch (IllegalArgumentException e) {
                first = first == null ? e : first;
            }
        }
        if (names.isEmpty() && q.identifiers().isEmpty()) {
            throw first != null ? first : new IllegalArgumentException("query has no usable name");
        }
        return new PreparedRecord("query", q.names().isEmpty() ? "" : q.names().getFirst(), q.schema(), names,
                names.stream().map(comparator::prepare).toList(), new boolean[names.size()], q.countries(), q.birthDates(), keys(q.identifiers()), strong(q.identifiers()));
    }

    /** Normalises a record's names; names that cannot be normalised (emoji only) are left out. */
    PreparedRecord prepare(MatchRecord r) {
        List<NormalizedName> names = new ArrayList<>(r.names().size());
        List<Boolean> weak = new ArrayList<>(r.names().size());
        for (EntityName n : r.names()) {
            try {
                for (NormalizedName v : normalizer.variants(n.value(), r.schema() == Schema.PERSON)) {
                    names.add(v);
                    weak.add(n.kind() == NameKind.WEAK_ALIAS);
                }
            } catch (IllegalArgumentException e) {
                // a name of only symbols cannot be matched; the record's other names still can
            }
        }
        boolean[] w = new boolean[weak.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weak.get(i);
        }
        return new PreparedRecord(r.id(), r.caption(), r.schema(), names, names.stream().map(comparator::prepare).toList(),
                w, r.countries(), r.birthDates(),
                keys(r.identifiers()), strong(r.identifiers()));
    }

    private static Set<String> keys(List<Identifier> ids) {
        Set<String> keys = new HashSet<>();
        for (Identifier id : ids) {
            String k = Identifiers.key(id);
            if (k != null) {
                keys.add(k);
            }
            String d = Identifiers.domainKey(id);
            if (d != null) {
                keys.add(d);
            }
        }
        return Set.copyOf(keys);
    }

    private static Set<String> strong(List<Identifier> ids) {
        Set<String> types = new HashSet<>();
        for (Identifier id : ids) {
            if (Identifiers.isStrong(id.type())) {
                types.add(Identifiers.key(id) == null ? id.type().name() : Identifiers.key(id).substring(0, Identifiers.key(id).indexOf(':')));
            }
        }
        return Set.copyOf(types);
    }

    /** The core: best name pair, then features. */
    MatchResult score(PreparedRecord q, PreparedRecord r) {
        return score(q, r, null);
    }

    /**
     * Scores against some of the record's names only (those the index retrieved), or all when
     * {@code names} is null.
     */
    MatchResult score(PreparedRecord q, PreparedRecord r, int[] names) {
        NameComparison best = null;
        int bestQ = -1;
        int bestR = -1;
        double bestScore = -1;
        int count = names == null ? r.names().size() : names.length;
        // a record of unknown schema is compared as a person only when the query says it is one
        boolean persons = r.schema() == null ? q.schema() != null && q.schema().isPerson()
                : isPersonLike(q.schema()) && isPersonLike(r.schema());
        for (int i = 0; i < q.names().size(); i++) {
            for (int k = 0; k < count; k++) {
                int j = names == null ? k : names[k];
                NameComparison c = comparator.compare(q.prepared().get(i), r.prepared().get(j));
                double s = effective(c, persons) * (r.weak()[j] ? WEAK_ALIAS_FACTOR : 1)
                        * q.names().get(i).weight() * r.names().get(j).weight();
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                    bestQ = i;
                    bestR = j;
                }
            }
        }
        List<FeatureContribution> features = new ArrayList<>();
        double score;
        String queryName;
        String candidateName;
        Explanation explanation;
        if (best == null) {
            score = 0;
            queryName = q.caption();
            candidateName = r.caption();
            explanation = null;
        } else {
            queryName = q.names().get(bestQ).original();
            candidateName = r.names().get(bestR).original();
            score = best.score();
            if (best.singleTokenEvidence()) {
                double d = -(1 - SINGLE_TOKEN_FACTOR) * score;
                features.add(new FeatureContribution("single-token", d, "only one informative name part aligned"));
                score += d;
            }
            if (persons && best.syllableNameLeftOver()) {
                double d = -(1 - SYLLABLE_NAME_LEFT_OVER_FACTOR) * score;
                features.add(new FeatureContribution("left-over-syllables", d,
                        "a Chinese or Korean name with a word that found no partner"));
                score += d;
            }
            if (persons && best.surnameLeftOver()) {
                double d = -(1 - SURNAME_LEFT_OVER_FACTOR) * score;
                features.add(new FeatureContribution("surname-left-over", d,
                        "the surname, written before a comma, found no partner"));
                score += d;
            }
            if (best.soundsAlikeOnly()) {
                double d = -(1 - SOUNDS_ALIKE_ONLY_FACTOR) * score;
                features.add(new FeatureContribution("sounds-alike-only", d, "every name part aligned only sounds alike"));
                score += d;
            }
            if (r.weak()[bestR]) {
                double d = -(1 - WEAK_ALIAS_FACTOR) * score;
                features.add(new FeatureContribution("weak-alias", d, "the candidate name is a weak alias"));
                score += d;
            }
            double reading = q.names().get(bestQ).weight() * r.names().get(bestR).weight();
            if (reading < 1) {
                double d = -(1 - reading) * score;
                features.add(new FeatureContribution("reading", d, "a less usual reading of a Japanese name in Han characters"));
                score += d;
            }
            if (best.legalFormConflict() > 0) {
                double d = -LEGAL_FORM_PENALTY * best.legalFormConflict();
                features.add(new FeatureContribution("legal-form", d, q.names().get(bestQ).legalForms() + " vs "
                        + r.names().get(bestR).legalForms()));
                score += d;
            }
            if (best.numberConflict()) {
                features.add(new FeatureContribution("number", -NUMBER_PENALTY, q.names().get(bestQ).numbers() + " vs "
                        + r.names().get(bestR).numbers()));
                score -= NUMBER_PENALTY;
            }
        }
        score += schema(q.schema(), r.schema(), features);
        score += countries(q.countries(), r.countries(), features);
        if (persons) {
            score += birthDates(q.birthDates(), r.birthDates(), features);
        }
        score = identifiers(q, r, score, features);
        score = NameComparator.clamp(score);
        if (best == null) {
            explanation = new Explanation(queryName, candidateName, 0, List.of(), List.of(), List.of(), features);
        } else {
            explanation = new Explanation(queryName, candidateName, best.score(), best.alignments(),
                    best.unmatchedQuery(), best.unmatchedCandidate(), features);
        }
        // Round so that equal evidence prints and compares equal across platforms.
        score = Math.round(score * 10_000) / 10_000.0;
        return new MatchResult(r.id(), r.caption(), r.schema() == null ? Schema.LEGAL_ENTITY : r.schema(), score,
                thresholds.band(score), explanation);
    }

    /** The name score after the penalties that belong to the name pair itself, to pick the best pair. */
    private static double effective(NameComparison c, boolean persons) {
        double s = c.score();
        if (c.singleTokenEvidence()) {
            s *= SINGLE_TOKEN_FACTOR;
        }
        if (persons && c.syllableNameLeftOver()) {
            s *= SYLLABLE_NAME_LEFT_OVER_FACTOR;
        }
        if (c.soundsAlikeOnly()) {
            s *= SOUNDS_ALIKE_ONLY_FACTOR;
        }
        if (persons && c.surnameLeftOver()) {
            s *= SURNAME_LEFT_OVER_FACTOR;
        }
        s -= LEGAL_FORM_PENALTY * c.legalFormConflict();
        if (c.numberConflict()) {
            s -= NUMBER_PENALTY;
        }
        return s;
    }

    private static boolean isPersonLike(Schema s) {
        return s == null || s.isPerson();
    }

    private static double schema(Schema a, Schema b, List<FeatureContribution> features) {
        if (a == null || b == null || a == b || (a.isOrganisationLike() && b.isOrganisationLike())) {
            return 0;
        }
        features.add(new FeatureContribution("schema", -SCHEMA_PENALTY, a.ftmName() + " vs " + b.ftmName()));
        return -SCHEMA_PENALTY;
    }

    private static double countries(List<String> a, List<String> b, List<FeatureContribution> features) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        for (String c : a) {
            if (b.contains(c)) {
                features.add(new FeatureContribution("country", COUNTRY_BONUS, "both " + c));
                return COUNTRY_BONUS;
            }
        }
        features.add(new FeatureContribution("country", -COUNTRY_PENALTY, a + " vs " + b));
        return -COUNTRY_PENALTY;
    }

    private static double birthDates(List<PartialDate> a, List<PartialDate> b, List<FeatureContribution> features) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int nearest = Integer.MAX_VALUE;
        for (PartialDate x : a) {
            for (PartialDate y : b) {
                if (x.compatibleWith(y)) {
                    features.add(new FeatureContribution("birth-date", BIRTH_DATE_BONUS, "both " + x));
                    return BIRTH_DATE_BONUS;
                }
                nearest = Math.min(nearest, Math.abs(x.year() - y.year()));
            }
        }
        double d = nearest <= 1 ? -BIRTH_DATE_NEAR_PENALTY : -BIRTH_DATE_PENALTY;
        features.add(new FeatureContribution("birth-date", d, a + " vs " + b));
        return d;
    }

    private static double identifiers(PreparedRecord q, PreparedRecord r, double score,
                                      List<FeatureContribution> features) {
        if (q.identifiers().isEmpty() || r.identifiers().isEmpty()) {
            return score;
        }
        for (String k : q.identifiers()) {
            if (r.identifiers().contains(k)) {
                boolean domain = k.startsWith("DOMAIN:");
                double floor = domain ? 0.7 : IDENTIFIER_MATCH_FLOOR;
                double d = Math.max(0, floor - score);
                features.add(new FeatureContribution("identifier", d, "both " + k.toLowerCase(Locale.ROOT)));
                return score + d;
            }
        }
        for (String type : q.strongTypes()) {
            if (r.strongTypes().contains(type)) {
                features.add(new FeatureContribution("identifier", -IDENTIFIER_PENALTY,
                        "different " + type.toLowerCase(Locale.ROOT)));
                return score - IDENTIFIER_PENALTY;
            }
        }
        return score;
    }
}
