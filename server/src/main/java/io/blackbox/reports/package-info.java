/**
 * Suspect-inquiry reports: intake by form, API and bulk file, normalisation, list screening on arrival,
 * sharing levels, blinding of other members' reports, and the operator's review queue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package io.blackbox.reports;
