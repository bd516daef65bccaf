package io.blackbox.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Caller;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.NotFoundException;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Networks of actors connected by shared identifiers (phone, e-mail, web or e-mail domain, address,
 * id), read through the same row policies as actor pages: a connection that only an unseen report makes
 * does not exist for the caller. A value quoted by more than {@value #FOLLOW_ACTORS} visible actors is a hub
 * the walk does not follow (it is listed with its count instead); the links are those among the actors found.
 * Components come from JGraphT, betweenness centrality is computed as JGraphT computes it.
 */
@Service
public class Networks {

    static final int MAX_DEPTH = 3;
    static final int MAX_NODES = 200;
    /** A value quoted by this many actors is a hub: it connects, but weakly. */
    static final int HUB_ACTORS = 5;
    /**
     * A value quoted by more visible actors than this is not followed: a forwarder's address quoted by
     * hundreds of fronts would fill the network with actors that have nothing else in common. It is listed
     * with its count, and links the network's actors that quote it.
     */
    static final int FOLLOW_ACTORS = 25;
    /**
     * A hub's actors are counted up to this many, then shown as "at least": a webmail address quoted by
     * thousands of fronts is a hub whether it is 1,000 or 4,000, and counting them all was most of a network's
     * first request at a million reports.
     */
    static final int COUNT_UP_TO = 1_000;
    static final Set<String> KINDS = Set.of("phone", "email", "domain", "address", "identifier");

    private final JdbcClient jdbc;
    private final Actors actors;
    private final AuditTrail audit;

    Networks(JdbcClient jdbc, Actors actors, AuditTrail audit) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
    }

    /**
     * The actors within {@code depth} hops of an actor, connected by identifiers of the given kinds (all
     * when empty).
     *
     * @throws NotFoundException when the caller may not see the actor
     */
    public ActorNetwork around(String id, int depth, Set<String> kinds) {
        Caller caller = Actors.requireReader();
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new InvalidInputException("depth", "depth must be between 1 and " + MAX_DEPTH);
        }
        Set<String> wanted = kinds == null || kinds.isEmpty() ? KINDS : normaliseKinds(kinds);
        return actors.read(caller, () -> {
            String center = actors.resolveVisible(id).orElseThrow(Actors::notFound);
            Map<String, Integer> hops = new LinkedHashMap<>();
            hops.put(center, 0);
            Map<String, Set<String>> keysOf = new HashMap<>();
            Map<String, Quoted> quoted = new HashMap<>(); // value -> visible actors quoting it
            Set<String> frontier = Set.of(center);
            boolean truncated = false;
            for (int hop = 1; hop <= depth && !frontier.isEmpty() && !truncated; hop++) {
                keysOf.putAll(keys(frontier, wanted));
                Set<String> values = new TreeSet<>();
                frontier.forEach(a -> values.addAll(keysOf.getOrDefault(a, Set.of())));
                if (values.isEmpty()) {
                    break;
                }
                quoted.putAll(quotedBy(values.stream().filter(v -> !quoted.containsKey(v)).toList(), caller));
                Set<String> next = new LinkedHashSet<>();
                for (String from : frontier) {
                    for (String value : keysOf.getOrDefault(from, Set.of())) {
                        Quoted q = quoted.get(value);
                        if (q == null || q.actors() == null) {
                            continue; // a hub quoted by too many actors to follow
                        }
                        for (String to : q.actors()) {
                            if (!hops.containsKey(to)) {
                                if (hops.size() >= MAX_NODES) {
                                    truncated = true;
                                    break;
                                }
                                hops.put(to, hop);
                                next.add(to);
                            }
                        }
                    }
                }
                frontier = next;
            }
            // the actors found last were not expanded: their values link them to the others all the same
            Set<String> unread = new LinkedHashSet<>(hops.keySet());
            unread.removeAll(keysOf.keySet());
            keysOf.putAll(keys(unread, wanted));
            Map<String, List<String>> nodesQuoting = new TreeMap<>();
            for (String node : hops.keySet()) {
                for (String value : keysOf.getOrDefault(node, Set.of())) {
                    nodesQuoting.computeIfAbsent(value, x -> new ArrayList<>()).add(node);
                }
            }
            quoted.putAll(quotedBy(nodesQuoting.entrySet().stream()
                    .filter(e -> e.getValue().size() > 1 && !quoted.containsKey(e.getKey())).map(Map.Entry::getKey).toList(),
                    caller));
            return build(center, depth, truncated, hops, nodesQuoting, quoted, caller);
        });
    }

    /**
     * The visible actors quoting a value: how many, and which when there are at most {@value #FOLLOW_ACTORS}
     * (null above: a hub a network does not follow).
     */
    record Quoted(int count, boolean atLeast, List<String> actors) {
    }

    private ActorNetwork build(String center, int depth, boolean truncated, Map<String, Integer> hops,
                               Map<String, List<String>> nodesQuoting, Map<String, Quoted> quoted, Caller caller) {
        Map<String, Long> sequence = new HashMap<>();
        hops.keySet().forEach(id -> sequence.put(id, Actors.sequenceOf(id)));
        Comparator<String> bySequence = Comparator.comparingLong(sequence::get);
        // every pair of the network's actors quoting one value is linked through it
        Map<List<String>, Set<String>> shared = new HashMap<>();
        List<ActorNetwork.Hub> hubs = new ArrayList<>();
        for (var e : nodesQuoting.entrySet()) {
            String value = e.getKey();
            List<String> nodes = e.getValue().stream().sorted(bySequence).toList();
            Quoted q = quoted.get(value);
            if (q != null && q.actors() == null) {
                hubs.add(new ActorNetwork.Hub(value, kindOf(value), q.count(), q.atLeast(), nodes));
            }
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    shared.computeIfAbsent(List.of(nodes.get(i), nodes.get(j)), x -> new TreeSet<>()).add(value);
                }
            }
        }
        hubs.sort(Comparator.comparingInt((ActorNetwork.Hub h) -> -h.actors()).thenComparing(ActorNetwork.Hub::value));
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        hops.keySet().forEach(graph::addVertex);
        List<ActorNetwork.Edge> edges = new ArrayList<>(shared.size());
        for (var e : shared.entrySet()) {
            List<String> pair = e.getKey();
            graph.addEdge(pair.get(0), pair.get(1));
            Set<String> kinds = new TreeSet<>();
            e.getValue().forEach(v -> kinds.add(kindOf(v)));
            boolean hub = e.getValue().stream().allMatch(v -> {
                Quoted q = quoted.get(v);
                return q != null && q.count() >= HUB_ACTORS;
            });
            edges.add(new ActorNetwork.Edge(pair.get(0), pair.get(1), List.copyOf(kinds), List.copyOf(e.getValue()), hub));
        }
        edges.sort(Comparator.comparing(ActorNetwork.Edge::source, bySequence)
                .thenComparing(ActorNetwork.Edge::target, bySequence));
        Map<String, Double> centrality = betweenness(graph);
        List<Set<String>> parts = new ConnectivityInspector<>(graph).connectedSets();
        parts.sort(Comparator.comparing((Set<String> p) -> !p.contains(center)).thenComparing(p -> -p.size()));
        Map<String, Integer> componentOf = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            for (String v : parts.get(i)) {
                componentOf.put(v, i);
            }
        }
        Map<String, ActorView> views = actors.views(hops.keySet(), caller);
        List<ActorNetwork.Node> nodes = new ArrayList<>();
        for (var h : hops.entrySet()) {
            ActorView v = views.get(h.getKey());
            if (v == null) {
                continue;
            }
            nodes.add(new ActorNetwork.Node(v.id(), v.name(), v.countries(), v.reports(), v.risk().band(), h.getValue(),
                    Math.round(centrality.getOrDefault(v.id(), 0.0) * 10_000) / 10_000.0, componentOf.get(v.id())));
        }
        audit.record("directory.network", "actor", center, null, nodes.size() + " actors, " + edges.size() + " links");
        return new ActorNetwork(center, depth, truncated, parts.size(), nodes, edges, List.copyOf(hubs));
    }

    private static String kindOf(String value) {
        return value.substring(0, value.indexOf(':'));
    }

    /**
     * Normalised betweenness centrality of every vertex, as JGraphT's {@link BetweennessCentrality} computes
     * it (Brandes' algorithm; the tests compare the two), over arrays instead of the generic graph: a
     * neighbourhood of 200 actors joined through hubs has thousands of edges, and the generic graph's hash
     * look-ups made this most of a network's time.
     */
    static Map<String, Double> betweenness(Graph<String, DefaultEdge> graph) {
        List<String> vertices = new ArrayList<>(graph.vertexSet());
        int n = vertices.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        int[][] adjacent = new int[n][];
        for (int i = 0; i < n; i++) {
            String v = vertices.get(i);
            Set<DefaultEdge> touching = graph.edgesOf(v);
            int[] a = new int[touching.size()];
            int k = 0;
            for (DefaultEdge e : touching) {
                String other = graph.getEdgeSource(e).equals(v) ? graph.getEdgeTarget(e) : graph.getEdgeSource(e);
                a[k++] = index.get(other);
            }
            adjacent[i] = a;
        }
        double[] scores = brandes(adjacent);
        Map<String, Double> out = new HashMap<>(n * 2);
        // as JGraphT: each unordered pair once in an undirected graph, then divided by (n-1)(n-2)
        double factor = n > 2 ? 0.5 / ((double) (n - 1) * (n - 2)) : 0.5;
        for (int i = 0; i < n; i++) {
            out.put(vertices.get(i), scores[i] * factor);
        }
        return out;
    }

    /** Brandes' betweenness over an unweighted undirected graph given as adjacency arrays; each pair counted both ways. */
    static double[] brandes(int[][] adjacent) {
        int n = adjacent.length;
        double[] centrality = new double[n];
        int[] stack = new int[n];
        int[] queue = new int[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        for (int s = 0; s < n; s++) {
            java.util.Arrays.fill(distance, -1);
            java.util.Arrays.fill(paths, 0);
            java.util.Arrays.fill(dependency, 0);
            distance[s] = 0;
            paths[s] = 1;
            int head = 0;
            int tail = 0;
            int top = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int w : adjacent[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int v : adjacent[w]) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                if (w != s) {
                    centrality[w] += dependency[w];
                }
            }
        }
        return centrality;
    }

    /** The shared values of each of these actors' visible reports, of the wanted kinds. */
    private Map<String, Set<String>> keys(Set<String> actorIds, Set<String> kinds) {
        Map<String, Set<String>> out = new HashMap<>();
        if (actorIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT actor_id, k FROM directory_report, unnest(keys) AS k WHERE actor_id = ANY(?)")
                .param(actorIds.toArray(String[]::new))
                .query(rs -> {
                    String k = rs.getString(2);
                    if (kinds.contains(k.substring(0, k.indexOf(':')))) {
                        out.computeIfAbsent(rs.getString(1), x -> new TreeSet<>()).add(k);
                    }
                });
        return out;
    }

    /**
     * For each value, how many visible actors quote it (up to {@value #COUNT_UP_TO}), and which when they are
     * few enough to follow (see {@link Actors#quoting}: read through the row policies, kept per organisation
     * until a change touches the value, so the hubs that recur in many networks are counted once).
     */
    private Map<String, Quoted> quotedBy(List<String> values, Caller caller) {
        Map<String, Quoted> out = new HashMap<>();
        if (values.isEmpty()) {
            return out;
        }
        actors.quoting(values, caller, FOLLOW_ACTORS, COUNT_UP_TO).forEach((value, q) -> out.put(value,
                new Quoted(q.actors(), q.atLeast(), q.holders() == null ? null : q.holders().stream()
                        .map(Actors.Holder::actorId).sorted(Comparator.comparingLong(Actors::sequenceOf)).toList())));
        return out;
    }

    private static Set<String> normaliseKinds(Set<String> kinds) {
        Set<String> out = new TreeSet<>();
        for (String k : kinds) {
            String v = k.strip().toLowerCase(Locale.ROOT);
            if (!KINDS.contains(v)) {
                throw new InvalidInputException("types", "unknown link type '" + k
                        + "' (expected phone, email, domain, address or identifier)");
            }
            out.add(v);
        }
        return out;
    }

    /** The network as GraphML, for Gephi, yEd or Cytoscape desktop. */
    public static String graphml(ActorNetwork n) {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="name" for="node" attr.name="name" attr.type="string"/>
                  <key id="countries" for="node" attr.name="countries" attr.type="string"/>
                  <key id="reports" for="node" attr.name="reports" attr.type="int"/>
                  <key id="risk" for="node" attr.name="riskBand" attr.type="string"/>
                  <key id="hops" for="node" attr.name="hops" attr.type="int"/>
                  <key id="centrality" for="node" attr.name="centrality" attr.type="double"/>
                  <key id="kinds" for="edge" attr.name="kinds" attr.type="string"/>
                  <key id="via" for="edge" attr.name="via" attr.type="string"/>
                  <key id="hub" for="edge" attr.name="hub" attr.type="boolean"/>
                  <key id="hubs" for="graph" attr.name="hubs" attr.type="string"/>
                """);
        b.append("  <graph id=\"").append(xml(n.center())).append("\" edgedefault=\"undirected\">\n");
        if (!n.hubs().isEmpty()) {
            // values not followed, as "kind:value (N actors)"
            b.append("    ").append(data("hubs", String.join(" | ", n.hubs().stream()
                    .map(h -> h.value() + " (" + h.actors() + (h.atLeast() ? "+" : "") + " actors)").toList())))
                    .append('\n');
        }
        for (ActorNetwork.Node node : n.nodes()) {
            b.append("    <node id=\"").append(xml(node.id())).append("\">")
                    .append(data("name", node.name())).append(data("countries", String.join(" ", node.countries())))
                    .append(data("reports", Integer.toString(node.reports()))).append(data("risk", node.riskBand()))
                    .append(data("hops", Integer.toString(node.hops())))
                    .append(data("centrality", Double.toString(node.centrality()))).append("</node>\n");
        }
        int i = 0;
        for (ActorNetwork.Edge e : n.edges()) {
            b.append("    <edge id=\"e").append(i++).append("\" source=\"").append(xml(e.source())).append("\" target=\"")
                    .append(xml(e.target())).append("\">").append(data("kinds", String.join(" ", e.kinds())))
                    .append(data("via", String.join(" | ", e.via()))).append(data("hub", Boolean.toString(e.hub())))
                    .append("</edge>\n");
        }
        return b.append("  </graph>\n</graphml>\n").toString();
    }

    private static String data(String key, String value) {
        return "<data key=\"" + key + "\">" + xml(value) + "</data>";
    }

    private static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
