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
 * @param hubs       values quoted by too many actors to be followed (a forwarder's address quoted by
 *                   hundreds): their other actors are not added, but the network's actors quoting one are
 *                   still linked through it
 */
public record ActorNetwork(String center, int depth, boolean truncated, int components, List<Node> nodes,
                           List<Edge> edges, List<Hub> hubs) {

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

    /**
     * A value quoted by more actors than a network follows.
     *
     * @param value    the value as {@code kind:value}
     * @param kind     phone, email, domain, address or identifier
     * @param actors   how many actors the caller may see quote it, counted up to 1,000
     * @param atLeast  whether counting stopped there: at least {@code actors} actors quote it
     * @param quotedBy the actors of this network quoting it
     */
    public record Hub(String value, String kind, int actors, boolean atLeast, List<String> quotedBy) {
    }
}
