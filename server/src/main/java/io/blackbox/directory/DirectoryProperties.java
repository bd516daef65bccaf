package io.blackbox.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the directory.
 *
 * @param burstReports reports about one actor from one member within {@code burstWindow} that raise an
 *                     alert for the operator (default 5)
 * @param burstWindow  the window of a burst (default 24 hours)
 * @param halfLife     time after which a report's weight in the risk score has halved (default 365 days)
 * @param poolIndexQuiet how long linking must be quiet before pooled screening reads the whole pool again
 *                     into one index, instead of a full index and one of the actors changed since (default
 *                     60 seconds)
 * @param keptMembersViews actors whose view as every member may see it pooled screening keeps in memory,
 *                     read in the background after each build of the pool's index, so that a screening
 *                     reads none of them from the database (default 1,000,000; 0 keeps only what screenings
 *                     read, 50,000 views at most)
 */
@ConfigurationProperties("app.directory")
public record DirectoryProperties(Integer burstReports, Duration burstWindow, Duration halfLife,
                                  Duration poolIndexQuiet, Integer keptMembersViews) {

    public DirectoryProperties {
        if (burstReports == null) {
            burstReports = 5;
        }
        if (burstReports < 2) {
            throw new IllegalArgumentException("app.directory.burst-reports must be at least 2, was " + burstReports);
        }
        if (burstWindow == null) {
            burstWindow = Duration.ofHours(24);
        }
        if (halfLife == null) {
            halfLife = Duration.ofDays(365);
        }
        if (poolIndexQuiet == null) {
            poolIndexQuiet = Duration.ofSeconds(60);
        }
        if (keptMembersViews == null) {
            keptMembersViews = 1_000_000;
        }
        if (keptMembersViews < 0) {
            throw new IllegalArgumentException("app.directory.kept-members-views must be 0 or more, was " + keptMembersViews);
        }
        if (burstWindow.isNegative() || burstWindow.isZero() || halfLife.isNegative() || halfLife.isZero()
                || poolIndexQuiet.isNegative() || poolIndexQuiet.isZero()) {
            throw new IllegalArgumentException("app.directory.burst-window, half-life and pool-index-quiet must be positive");
        }
    }
}
