package io.blackbox.engine.linking;

/**
 * Settings of a linking run; {@link #defaults()} suits reports and list entities.
 *
 * @param threshold      match probability at or above which two records are linked (default 0.9)
 * @param maxBlockSize   blocks with more records are skipped as too unspecific (default 100)
 * @param maxClusterSize an actor may not grow beyond this by the model; larger joins are refused and
 *                       reported as likely hubs (default 500)
 * @param hubMinActors   a shared value held by this many apparently different actors is a hub (default 3)
 * @param samplePairs    pairs sampled for estimating the model (default 200,000)
 * @param seed           seed of all sampling, so runs are repeatable (default 42)
 * @param cohesion       mean match probability across two actors (over pairs of their records) needed to
 *                       join them on the strength of one linked pair (default 0.3)
 */
public record LinkOptions(double threshold, int maxBlockSize, int maxClusterSize, int hubMinActors,
                          int samplePairs, long seed, double cohesion) {

    public LinkOptions {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " is not in (0, 1)");
        }
        if (maxBlockSize < 2) {
            throw new IllegalArgumentException("maxBlockSize " + maxBlockSize + " must be at least 2");
        }
        if (maxClusterSize < 2) {
            throw new IllegalArgumentException("maxClusterSize " + maxClusterSize + " must be at least 2");
        }
        if (hubMinActors < 2) {
            throw new IllegalArgumentException("hubMinActors " + hubMinActors + " must be at least 2");
        }
        if (!(cohesion >= 0 && cohesion < 1)) {
            throw new IllegalArgumentException("cohesion " + cohesion + " is not in [0, 1)");
        }
        if (samplePairs < 100) {
            throw new IllegalArgumentException("samplePairs " + samplePairs + " must be at least 100");
        }
    }

    public static LinkOptions defaults() {
        return new LinkOptions(0.9, 100, 500, 3, 200_000, 42, 0.3);
    }

    public LinkOptions withThreshold(double t) {
        return new LinkOptions(t, maxBlockSize, maxClusterSize, hubMinActors, samplePairs, seed, cohesion);
    }

    public LinkOptions withMaxClusterSize(int size) {
        return new LinkOptions(threshold, maxBlockSize, size, hubMinActors, samplePairs, seed, cohesion);
    }

    public LinkOptions withMaxBlockSize(int size) {
        return new LinkOptions(threshold, size, maxClusterSize, hubMinActors, samplePairs, seed, cohesion);
    }

    public LinkOptions withCohesion(double c) {
        return new LinkOptions(threshold, maxBlockSize, maxClusterSize, hubMinActors, samplePairs, seed, c);
    }

    public LinkOptions withHubMinActors(int n) {
        return new LinkOptions(threshold, maxBlockSize, maxClusterSize, n, samplePairs, seed, cohesion);
    }
}
