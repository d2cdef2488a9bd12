package com.qbobridge.imports.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * In-process: a failed import was retried, published in the transaction that created the retry so that the failed
 * import's unapproved drafts go with it.
 *
 * @param failedImportId the failed import
 * @param retryImportId the new import
 * @param at when
 */
public record ImportRetried(UUID failedImportId, UUID retryImportId, Instant at) {

}
