/**
 * Readers for the real restricted-party list files, one class per format, each turning bytes into
 * {@link io.blackbox.engine.lists.ListEntity} values and {@link io.blackbox.engine.lists.ImportIssue}s.
 * Callers use {@link io.blackbox.engine.lists.ListImporters}; these classes are public only so the
 * entry point in the parent package can reach them.
 */
package io.blackbox.engine.lists.importers;
