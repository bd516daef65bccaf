package io.blackbox.directory;

import java.util.List;

/**
 * The neighbourhood of an actor: other actors connected to it by identifiers their reports share, as far
 * as the caller may see them.
 *
 * @param center     the actor asked for
 * @param depth      hops followed
 * @param truncated  true when the node limit cut the neighbourhood short
 * @param components connected components among the nodes (without hub edges they may fall apart)
 */
public record ActorNetwork(String center, int depth, boolean truncated, int components, List<Node> nodes,
                           List<Edge> edges) {

    /**
     * An actor of the network.
     *
     * @param hops        hops from the center
     * @param centrality  betweenness centrality within this network, 0 to 1: how much of it runs through the actor
     * @param component   the connected component the actor belongs to, numbered from 0 (the center's)
     */
    public record Node(String id, String name, List<String> countries, int reports, String riskBand, int hops,
                       double centrality, int component) {
    }

    /**
     * Two actors sharing identifiers.
     *
     * @param kinds what they share: phone, email, domain, address, identifier
     * @param via   the shared values as {@code kind:value}
     * @param hub   true when every shared value is a hub (quoted by many actors: a forwarder, a free-zone
     *              agent, a virtual office), which connects without saying much
     */
    public record Edge(String source, String target, List<String> kinds, List<String> via, boolean hub) {
    }
}
