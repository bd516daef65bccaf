package io.blackbox.reports.internal;

import java.util.UUID;

/**
 * What identifies the reporter of a report, stored only envelope-encrypted ({@code report.reporter_sealed}).
 *
 * @param organisationId the reporting member
 * @param submittedBy    the user name or key label that submitted it
 * @param reference      the member's own reference
 * @param original       the submission as received, as JSON
 */
public record SealedIdentity(UUID organisationId, String submittedBy, String reference, String original) {
}
