/**
 * Screening counterparties against the lists: single screenings, batch jobs, the yente-compatible
 * {@code /match}, OpenRefine reconciliation, reviewed hits, portfolios and their alerts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package io.blackbox.screening;
