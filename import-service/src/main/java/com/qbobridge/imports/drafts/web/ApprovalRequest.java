package com.qbobridge.imports.drafts.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/imports/{importId}/approvals}: the drafts to turn into cases, either listed or every
 * ready draft of the import.
 *
 * @param draftIds the selected drafts; required unless {@code allReady}
 * @param allReady approve every ready draft of the import, on every page, instead of a list
 */
public record ApprovalRequest(@Nullable @Size(max = 10000) List<@NotNull UUID> draftIds, @Nullable Boolean allReady) {

	boolean approvesAllReady() {
		return Boolean.TRUE.equals(this.allReady);
	}

}
