package com.qbobridge.imports.bulkfix;

import java.util.UUID;

/**
 * What a bulk fix or its undo did.
 *
 * @param fixId the fix
 * @param drafts drafts changed
 * @param ready of those, how many are ready now
 */
public record FixResult(UUID fixId, long drafts, long ready) {

}
