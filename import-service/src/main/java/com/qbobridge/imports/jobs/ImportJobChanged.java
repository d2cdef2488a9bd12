package com.qbobridge.imports.jobs;

import java.util.UUID;

/**
 * In-process notice that an import's state, progress, drafts or report changed, so that open progress streams can
 * be told once the change is committed.
 *
 * @param importId the import
 */
public record ImportJobChanged(UUID importId) {

}
