/**
 * Restricted-party lists: one entity model for every source ({@link io.blackbox.engine.lists.ListEntity}),
 * the single import entry point ({@link io.blackbox.engine.lists.ListImporters}), the default lists
 * bundled in the jar ({@link io.blackbox.engine.lists.BundledLists}), version checksums and deltas.
 * The bad-input policy is documented on {@link io.blackbox.engine.lists.ListImporters}.
 */
package io.blackbox.engine.lists;
