/**
 * The directory of suspect actors: reports linked into actors as they arrive, the operator's merges and
 * splits, actor pages as each caller may see them, explainable risk, networks, notes and pooled screening.
 * It builds on the reports module's public feed and events, and plugs into screening by implementing
 * screening's {@code PooledScreening}, so that screening never depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
        allowedDependencies = {"platform", "reports", "screening"})
package io.blackbox.directory;
