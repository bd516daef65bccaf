package io.blackbox.reports;

import java.util.UUID;

/** Published when the operator has accepted or rejected a report; {@code status} is the new status key. */
public record ReportReviewed(UUID reportId, String status) {
}
