package io.blackbox.screening.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.matching.FeatureContribution;
import io.blackbox.lists.Lists;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.NotFoundException;
import io.blackbox.screening.Hit;
import io.blackbox.screening.ListScreening;
import io.blackbox.screening.Party;
import io.blackbox.screening.PooledHit;
import io.blackbox.screening.PooledScreening;
import io.blackbox.screening.ScreeningResult;
import io.blackbox.screening.Screenings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /match/{dataset}} shaped like OpenSanctions yente's, so that existing yente clients work
 * unchanged. Dataset {@code default} is every list and the pool; each list key is a dataset of its own,
 * and {@link PooledScreening#DATASET} the pool alone.
 */
@RestController
@Tag(name = "yente-compatible matching")
class MatchApi {

    static final double DEFAULT_CUTOFF = 0.5;
    static final int MAX_QUERIES = 100;

    private final Screenings screenings;
    private final ListScreening index;
    private final Lists lists;

    MatchApi(Screenings screenings, ListScreening index, Lists lists) {
        this.screenings = screenings;
        this.index = index;
        this.lists = lists;
    }

    @PostMapping("/match/{dataset}")
    @Operation(summary = "Match entities, as yente's /match: {\"queries\": {\"key\": {\"schema\": \"Company\", "
            + "\"properties\": {\"name\": [...], \"country\": [...]}}}}")
    Map<String, Object> match(@PathVariable String dataset, @RequestBody MatchRequest body,
                              @RequestParam(defaultValue = "5") int limit,
                              @RequestParam(required = false) Double threshold,
                              @RequestParam(defaultValue = "" + DEFAULT_CUTOFF) double cutoff,
                              @RequestParam(required = false) String algorithm) {
        Set<String> sources = sources(dataset);
        if (body.queries() == null || body.queries().isEmpty()) {
            throw new InvalidInputException("queries", "queries is empty");
        }
        if (body.queries().size() > MAX_QUERIES) {
            throw new InvalidInputException("queries", "at most " + MAX_QUERIES + " queries per request");
        }
        if (limit < 1 || limit > Screenings.MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + Screenings.MAX_LIMIT);
        }
        double matchThreshold = threshold == null ? index.matcher().thresholds().match() : threshold;
        Map<String, Object> responses = new LinkedHashMap<>();
        for (var q : body.queries().entrySet()) {
            Party party = party(q.getKey(), q.getValue());
            ScreeningResult r = screenings.screen(party, sources, limit, "match:" + q.getKey(), cutoff);
            List<Map<String, Object>> results = new ArrayList<>();
            for (Hit h : r.hits()) {
                if (h.score() >= cutoff) {
                    results.add(result(h, matchThreshold));
                }
            }
            if (sources.isEmpty() || sources.contains(PooledScreening.DATASET)) {
                pooled(r.directory(), limit, matchThreshold, results);
            }
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("status", 200);
            response.put("results", results);
            response.put("total", Map.of("value", results.size(), "relation", "eq"));
            response.put("query", Map.of("id", q.getKey(), "schema", q.getValue().schema() == null ? "LegalEntity"
                    : q.getValue().schema(), "properties", q.getValue().properties() == null ? Map.of()
                    : q.getValue().properties()));
            responses.put(q.getKey(), response);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("responses", responses);
        out.put("matcher", Map.of("name", "blackbox", "threshold", matchThreshold, "cutoff", cutoff,
                "requested", algorithm == null ? "default" : algorithm));
        out.put("limit", limit);
        return out;
    }

    private Set<String> sources(String dataset) {
        if ("default".equals(dataset)) {
            return Set.of();
        }
        if (PooledScreening.DATASET.equals(dataset)) {
            return Set.of(dataset);
        }
        if (lists.source(dataset).isEmpty()) {
            throw new NotFoundException("no such dataset");
        }
        return Set.of(dataset);
    }

    private static Party party(String key, EntityQuery q) {
        Map<String, List<String>> p = q.properties() == null ? Map.of() : q.properties();
        List<String> names = new ArrayList<>();
        for (String prop : List.of("name", "alias", "weakAlias", "previousName", "firstName", "lastName")) {
            names.addAll(p.getOrDefault(prop, List.of()));
        }
        if (p.containsKey("firstName") && p.containsKey("lastName") && !p.containsKey("name")) {
            names.addFirst(String.join(" ", p.get("firstName")) + " " + String.join(" ", p.get("lastName")));
        }
        List<String> countries = new ArrayList<>();
        for (String prop : List.of("country", "nationality", "citizenship", "jurisdiction")) {
            countries.addAll(p.getOrDefault(prop, List.of()));
        }
        List<Party.IdentifierInput> ids = new ArrayList<>();
        Map<String, String> idProps = Map.of("passportNumber", "passport", "idNumber", "national_id",
                "nationalId", "national_id", "taxNumber", "tax_id", "registrationNumber", "registration",
                "imoNumber", "imo", "mmsi", "mmsi", "swiftBic", "swift_bic", "innCode", "tax_id", "ogrnCode", "registration");
        idProps.forEach((prop, type) -> p.getOrDefault(prop, List.of()).forEach(v -> ids.add(new Party.IdentifierInput(type, v))));
        try {
            return Party.parse(names, q.schema(), countries, p.getOrDefault("birthDate", List.of()), ids,
                    p.getOrDefault("address", List.of()).stream().findFirst().orElse(null),
                    p.getOrDefault("email", List.of()).stream().findFirst().orElse(null),
                    p.getOrDefault("phone", List.of()).stream().findFirst().orElse(null),
                    p.getOrDefault("website", List.of()).stream().findFirst().orElse(null));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("queries." + key + "." + e.field(), e.getMessage());
        }
    }

    /** Adds the pool's results the caller may see, then keeps the best {@code limit} of lists and pool together. */
    private static void pooled(List<PooledHit> pooled, int limit, double threshold, List<Map<String, Object>> results) {
        for (PooledHit m : pooled) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", m.entityId());
            out.put("caption", m.caption());
            out.put("schema", m.schema());
            out.put("properties", m.properties());
            out.put("datasets", List.of(PooledScreening.DATASET));
            out.put("referents", List.of());
            out.put("target", true);
            out.put("score", m.score());
            out.put("match", m.score() >= threshold);
            out.put("features", m.features());
            results.add(out);
        }
        results.sort((a, b) -> Double.compare((Double) b.get("score"), (Double) a.get("score")));
        while (results.size() > limit) {
            results.removeLast();
        }
    }

    private Map<String, Object> result(Hit h, double threshold) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.entityId());
        m.put("caption", h.caption());
        m.put("schema", h.schema());
        m.put("properties", index.entity(h.entityId()).map(MatchApi::properties).orElse(Map.of("name", List.of(h.caption()))));
        m.put("datasets", List.of(h.source()));
        m.put("referents", List.of());
        m.put("target", true);
        m.put("score", h.score());
        m.put("match", h.score() >= threshold);
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("name_similarity", h.explanation().nameScore());
        for (FeatureContribution f : h.explanation().features()) {
            features.put(f.feature().replace('-', '_'), Math.round(f.delta() * 10_000) / 10_000.0);
        }
        m.put("features", features);
        m.put("explanation", h.explanation().toString());
        return m;
    }

    static Map<String, List<String>> properties(ListEntity e) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("name", e.names().stream().filter(n -> n.kind() == NameKind.PRIMARY).map(EntityName::value).toList());
        p.put("alias", e.names().stream().filter(n -> n.kind() == NameKind.ALIAS).map(EntityName::value).toList());
        p.put("weakAlias", e.names().stream().filter(n -> n.kind() == NameKind.WEAK_ALIAS).map(EntityName::value).toList());
        p.put("country", e.countries());
        p.put("birthDate", e.birthDates().stream().map(Object::toString).toList());
        p.put("program", e.programs());
        p.put("address", e.addresses().stream().map(a -> a.full()).toList());
        p.values().removeIf(List::isEmpty);
        return p;
    }

    /** The body of a match request; unknown fields are ignored, as yente clients send various extras. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record MatchRequest(Map<String, EntityQuery> queries) {
    }

    /** One entity to match: an FtM schema and string-list properties. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record EntityQuery(String schema, Map<String, List<String>> properties) {
    }
}
