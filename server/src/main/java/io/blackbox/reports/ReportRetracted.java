package io.blackbox.reports;

import java.util.UUID;

/** Published when a reporter has withdrawn a report; other members no longer see it. */
public record ReportRetracted(UUID reportId) {
}
