package io.blackbox.directory;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.Schema;
import io.blackbox.engine.matching.FeatureContribution;
import io.blackbox.engine.matching.MatchRecord;
import io.blackbox.engine.matching.MatchResult;
import io.blackbox.engine.matching.Query;
import io.blackbox.engine.names.NameNormalizer;
import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.screening.ListScreening;
import io.blackbox.screening.Party;
import io.blackbox.screening.PooledScreening;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pooled screening: the directory's actors as screening sees them. Candidates come from the caller's
 * visible reports only (the row policies apply), so a name that only an operator-level report holds
 * never answers a member; each candidate actor is scored with the lists' matcher over the names the
 * caller may see, and described by counts, days and codes, never by reporter.
 */
@Component
class PooledActors implements PooledScreening {

    static final int CANDIDATES = 200;
    private static final int MAX_NAMES = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Actors actors;
    private final ListScreening lists;
    private final AuditTrail audit;

    PooledActors(JdbcClient jdbc, TransactionTemplate tx, Actors actors, ListScreening lists, AuditTrail audit) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.actors = actors;
        this.lists = lists;
        this.audit = audit;
    }

    @Override
    public List<Match> match(Party party, int limit, double cutoff) {
        Caller caller = Callers.current().orElse(null);
        if (caller == null || !(caller.orgKind() == OrganisationKind.MEMBER || Actors.isStaff(caller))) {
            return List.of(); // regulators receive released packages, not the pool
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String name : party.names()) {
            if (terms.size() >= MAX_NAMES) {
                break;
            }
            try {
                terms.add(NameNormalizer.getDefault().normalize(name).latin().replaceAll("[%_\\\\]", ""));
            } catch (IllegalArgumentException e) {
                // a name without letters or digits finds nothing
            }
        }
        terms.removeIf(String::isBlank);
        if (terms.isEmpty()) {
            return List.of();
        }
        Query query = party.toQuery();
        return tx.execute(s -> {
            actors.enter(caller);
            Set<String> candidates = new LinkedHashSet<>();
            for (String t : terms) {
                candidates.addAll(jdbc.sql("""
                                SELECT actor_id FROM directory_report
                                WHERE search_text % ? OR ? <% search_text OR search_text LIKE '%' || ? || '%'
                                ORDER BY word_similarity(?, search_text) DESC LIMIT ?""")
                        .params(t, t, t, t, CANDIDATES).query(String.class).list());
            }
            if (candidates.isEmpty()) {
                return List.<Match>of();
            }
            List<Match> out = new ArrayList<>();
            for (ActorView v : actors.views(candidates, caller).values()) {
                MatchResult r = lists.matcher().score(query, record(v));
                if (r.score() >= cutoff) {
                    out.add(match(v, r));
                }
            }
            out.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::id));
            List<Match> best = out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
            audit.record("directory.screen", "actor", null, null, best.size() + " pooled hits");
            return best;
        });
    }

    private static MatchRecord record(ActorView v) {
        List<EntityName> names = new ArrayList<>();
        for (ActorView.Counted n : v.names()) {
            names.add(names.isEmpty() ? EntityName.primary(n.value()) : EntityName.alias(n.value()));
        }
        return new MatchRecord("directory:" + v.id(), schema(v.kind()), v.name(), names, v.countries(), List.of(),
                List.of());
    }

    static Schema schema(String kind) {
        if ("person".equals(kind)) {
            return Schema.PERSON;
        }
        return "organisation".equals(kind) ? Schema.COMPANY : Schema.LEGAL_ENTITY;
    }

    private static Match match(ActorView v, MatchResult r) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("name", v.names().stream().map(ActorView.Counted::value).toList());
        p.put("country", v.countries());
        p.put("independentReporters", List.of(Integer.toString(v.independentReporters())));
        p.put("reports", List.of(Integer.toString(v.reports())));
        p.put("redFlags", v.redFlags().stream().map(ActorView.Counted::value).toList());
        p.put("firstSeen", List.of(v.firstSeen().toString()));
        p.put("lastSeen", List.of(v.lastSeen().toString()));
        p.put("eccn", v.items().stream().map(ActorView.ItemSought::eccn).filter(e -> e != null).toList());
        p.put("listEntity", v.listHits().stream().map(ActorView.ListHit::entityId).toList());
        p.put("riskBand", List.of(v.risk().band()));
        p.put("riskScore", List.of(Integer.toString(v.risk().score())));
        p.put("notes", List.of(summary(v)));
        Map<String, Double> features = new LinkedHashMap<>();
        features.put("name_similarity", r.explanation().nameScore());
        for (FeatureContribution f : r.explanation().features()) {
            features.put(f.feature().replace('-', '_'), Math.round(f.delta() * 10_000) / 10_000.0);
        }
        return new Match("directory:" + v.id(), v.name(), schema(v.kind()).ftmName(),
                Math.round(r.score() * 10_000) / 10_000.0, p, features);
    }

    /** "3 independent members reported this actor since 2025-03; red flags BIS-02, BIS-10; sought 2B001". */
    static String summary(ActorView v) {
        StringBuilder b = new StringBuilder();
        b.append(v.independentReporters()).append(v.independentReporters() == 1 ? " member" : " independent members")
                .append(" reported this actor since ").append(v.firstSeen().format(DateTimeFormatter.ofPattern("yyyy-MM")));
        if (!v.redFlags().isEmpty()) {
            b.append("; red flags ").append(String.join(", ", v.redFlags().stream().map(ActorView.Counted::value).toList()));
        }
        List<String> eccns = v.items().stream().map(ActorView.ItemSought::eccn).filter(e -> e != null).toList();
        if (!eccns.isEmpty()) {
            b.append("; sought ").append(String.join(", ", eccns));
        }
        if (!v.listHits().isEmpty()) {
            b.append("; resembles ").append(v.listHits().size()).append(v.listHits().size() == 1
                    ? " listed entity" : " listed entities");
        }
        return b.toString();
    }
}
