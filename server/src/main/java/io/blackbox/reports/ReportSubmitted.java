package io.blackbox.reports;

import java.util.UUID;

/** Published when a report has been stored and screened; carries no reporter identity. */
public record ReportSubmitted(UUID reportId, String sharing) {
}
