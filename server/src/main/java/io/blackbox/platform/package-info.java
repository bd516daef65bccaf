/**
 * Organisations, users, roles, API keys, sessions, row-level-security plumbing and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.blackbox.platform;
