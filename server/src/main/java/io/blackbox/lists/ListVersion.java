package io.blackbox.lists;

import java.time.Instant;

/**
 * One import of a list that changed it.
 *
 * @param origin    where it came from: {@code bundled}, {@code file:<names>}, {@code url:<address>}, {@code upload}
 * @param checksum  SHA-256 over the version's entities (id and content), independent of file layout
 */
public record ListVersion(String source, int version, String origin, Instant fetchedAt, Instant importedAt,
                          String checksum, int entityCount, int added, int removed, int changed, int warnings) {
}
