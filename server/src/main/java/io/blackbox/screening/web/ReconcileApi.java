package io.blackbox.screening.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.blackbox.engine.matching.MatchResult;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.screening.Hit;
import io.blackbox.screening.Party;
import io.blackbox.screening.Screenings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenRefine's Reconciliation Service API (version 0.2) at {@code /reconcile}: analysts reconcile a
 * spreadsheet column against the lists. Without {@code queries} it answers the service manifest.
 * Reconciliation previews do not store screenings: they are look-ups over a column, not decisions.
 */
@RestController
@Tag(name = "OpenRefine reconciliation")
class ReconcileApi {

    static final List<String> TYPES = List.of("LegalEntity", "Person", "Organization", "Company", "Vessel", "Airplane");
    static final int MAX_QUERIES = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Screenings screenings;

    ReconcileApi(Screenings screenings) {
        this.screenings = screenings;
    }

    @RequestMapping(value = "/reconcile", method = {RequestMethod.GET, RequestMethod.POST})
    @Operation(summary = "OpenRefine reconciliation: the manifest, or results for 'queries' (a JSON object of queries)")
    Map<String, Object> reconcile(@RequestParam(required = false) String queries, HttpServletRequest request) {
        if (queries == null) {
            return manifest(request);
        }
        JsonNode root;
        try {
            root = JSON.readTree(queries);
        } catch (JacksonException e) {
            throw new InvalidInputException("queries", "queries is not a JSON object");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("queries", "queries is not a JSON object");
        }
        if (root.size() > MAX_QUERIES) {
            throw new InvalidInputException("queries", "at most " + MAX_QUERIES + " queries per request");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : root.properties()) {
            out.put(e.getKey(), Map.of("result", answer(e.getKey(), e.getValue())));
        }
        return out;
    }

    private List<Map<String, Object>> answer(String key, JsonNode q) {
        String text = q.path("query").asString("");
        String type = q.path("type").isString() ? q.path("type").asString() : null;
        int limit = Math.max(1, Math.min(q.path("limit").asInt(3), 25));
        List<String> countries = new ArrayList<>();
        List<String> dobs = new ArrayList<>();
        for (JsonNode p : q.path("properties")) {
            String pid = p.path("pid").asString("");
            String v = p.path("v").isString() ? p.path("v").asString() : p.path("v").toString();
            switch (pid) {
                case "country", "nationality" -> countries.add(v);
                case "birthDate", "dob" -> dobs.add(v);
                default -> { }
            }
        }
        Party party;
        try {
            party = Party.parse(List.of(text), type, countries, dobs, null, null, null, null, null);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("queries." + key + "." + e.field(), e.getMessage());
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (MatchResult r : screenings.search(party, Set.of(), limit)) {
            Hit h = Hit.ofResult(r);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", h.entityId());
            m.put("name", h.caption());
            m.put("type", List.of(Map.of("id", h.schema(), "name", h.schema())));
            m.put("score", Math.round(h.score() * 1000) / 10.0);
            m.put("match", "match".equals(h.band()));
            m.put("description", h.source() + "; " + h.explanation());
            results.add(m);
        }
        return results;
    }

    private static Map<String, Object> manifest(HttpServletRequest request) {
        String base = request.getRequestURL().toString().replaceFirst("/reconcile.*$", "");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put("name", "Black Box restricted-party lists");
        m.put("identifierSpace", base + "/lists/entities/");
        m.put("schemaSpace", "https://followthemoney.tech/explorer/schemata/");
        m.put("defaultTypes", TYPES.stream().map(t -> Map.of("id", t, "name", t)).toList());
        m.put("view", Map.of("url", base + "/lists/entities/{{id}}"));
        return m;
    }
}
