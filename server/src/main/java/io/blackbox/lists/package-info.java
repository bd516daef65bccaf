/**
 * Restricted-party list sources, imports, versions with deltas, list entities, and their refresh.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lists")
package io.blackbox.lists;
