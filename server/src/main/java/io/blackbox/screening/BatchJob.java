package io.blackbox.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch screening job and its progress.
 *
 * @param status     queued, running, done or failed
 * @param totalRows  rows read so far (the total once done)
 * @param errorRows  rows that could not be screened; each is in the results with its reason
 * @param hitRows    rows with at least one hit
 * @param message    why the job failed, or null
 */
public record BatchJob(UUID id, String inputName, String status, int totalRows, int doneRows, int errorRows,
                       int hitRows, String message, Instant createdAt, Instant finishedAt) {
}
