package com.qbobridge.imports.imports.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/imports/{importId}/approvals}: the drafts to turn into cases.
 *
 * @param draftIds the selected drafts
 */
public record ApprovalRequest(@NotEmpty @Size(max = 10000) List<@NotNull UUID> draftIds) {

}
