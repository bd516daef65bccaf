package io.blackbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class NetworksTests {

    static Graph<String, DefaultEdge> random(Random random, int n, double density) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            g.addVertex("A" + (i + 1));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < density) {
                    g.addEdge("A" + (i + 1), "A" + (j + 1));
                }
            }
        }
        return g;
    }

    @Test
    void betweennessIsJGraphTsOnRandomGraphsOfEverySize() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(40);
            Graph<String, DefaultEdge> g = random(random, n, random.nextDouble() * 0.4);
            Map<String, Double> expected = new BetweennessCentrality<>(g, true).getScores();
            Map<String, Double> actual = Networks.betweenness(g);
            int r = round;
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((v, score) -> assertThat(actual.get(v)).as("%s in round %d (n=%d)", v, r, n)
                    .isCloseTo(score, within(1e-9)));
        }
    }

    @Test
    void theMiddleOfAPathCarriesItsShortestPath() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (String v : new String[] {"A1", "A2", "A3"}) {
            g.addVertex(v);
        }
        g.addEdge("A1", "A2");
        g.addEdge("A2", "A3");
        assertThat(Networks.betweenness(g)).containsEntry("A2", 0.5).containsEntry("A1", 0.0).containsEntry("A3", 0.0);
    }
}
