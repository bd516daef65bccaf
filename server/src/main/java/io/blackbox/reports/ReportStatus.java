package io.blackbox.reports;

import java.util.Locale;

/** Where a report stands in the operator's review. */
public enum ReportStatus {
    /** New, in the review queue. */
    PENDING,
    /** Reviewed and kept. */
    ACCEPTED,
    /** Reviewed and rejected with a reason; other members no longer see it. */
    REJECTED,
    /** Withdrawn by its reporter; other members no longer see it. */
    RETRACTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportStatus parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
