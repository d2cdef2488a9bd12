package com.qbobridge.imports.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * In-process: the creditor discarded an import, published in the transaction of the change so that the import's
 * drafts go with it, without the job lifecycle knowing about drafts.
 *
 * @param importId the discarded import
 * @param at when
 */
public record ImportDiscarded(UUID importId, Instant at) {

}
