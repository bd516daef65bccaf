package io.blackbox.reports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the reports module, under {@code app.reports}.
 *
 * @param defaultSharing      sharing level of a member that has set no default; default {@code members}
 * @param shareBeforeReview   show a shared report to other members while it waits for review; default true,
 *                            so that a warning reaches members at once (a rejection or retraction removes it)
 * @param screeningLimit      list hits kept per party on arrival; default 5
 * @param maxAttachment       largest attachment accepted; default 10 MB
 * @param maxAttachments      attachments per report; default 10
 * @param earliestReceived    oldest acceptable {@code receivedAt}, as an age; default 30 years
 * @param bulkBatchSize       rows stored per transaction in bulk intake; default 500
 * @param maxRowErrorsKept    rejected rows kept per job for download; default 100,000
 */
@ConfigurationProperties("app.reports")
public record ReportsProperties(
        String defaultSharing,
        Boolean shareBeforeReview,
        Integer screeningLimit,
        DataSize maxAttachment,
        Integer maxAttachments,
        Duration earliestReceived,
        Integer bulkBatchSize,
        Integer maxRowErrorsKept) {

    public ReportsProperties {
        defaultSharing = defaultSharing == null ? Sharing.MEMBERS.key() : Sharing.parse(defaultSharing).key();
        if (shareBeforeReview == null) {
            shareBeforeReview = true;
        }
        screeningLimit = positive("screening-limit", screeningLimit, 5);
        if (maxAttachment == null) {
            maxAttachment = DataSize.ofMegabytes(10);
        }
        maxAttachments = positive("max-attachments", maxAttachments, 10);
        if (earliestReceived == null) {
            earliestReceived = Duration.ofDays(365L * 30);
        }
        bulkBatchSize = positive("bulk-batch-size", bulkBatchSize, 500);
        maxRowErrorsKept = positive("max-row-errors-kept", maxRowErrorsKept, 100_000);
    }

    private static int positive(String name, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("app.reports." + name + " must be at least 1, was " + value);
        }
        return value;
    }

    public Sharing sharingDefault() {
        return Sharing.parse(defaultSharing);
    }
}
