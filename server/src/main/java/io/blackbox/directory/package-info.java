/**
 * The directory of suspect actors: reports linked into actors as they arrive, the operator's merges and
 * splits, actor pages as each caller may see them, explainable risk, and pooled screening.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package io.blackbox.directory;
