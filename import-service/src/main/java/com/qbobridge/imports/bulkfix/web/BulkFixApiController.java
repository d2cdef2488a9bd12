package com.qbobridge.imports.bulkfix.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.bulkfix.BulkFixes;
import com.qbobridge.imports.bulkfix.FixGroup;
import com.qbobridge.imports.bulkfix.FixResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fix in bulk: the reasons an import's drafts need attention, one fix for a group, and undo.
 */
@RestController
@RequestMapping("/api/imports/{importId}")
@Tag(name = "Bulk fixes", description = "Fix a group of drafts needing attention for one reason")
class BulkFixApiController {

	private final BulkFixes fixes;

	BulkFixApiController(BulkFixes fixes) {
		this.fixes = fixes;
	}

	@GetMapping("/fix-groups")
	@Operation(summary = "Drafts needing attention, grouped by reason, with the fixes that fit")
	List<FixGroup> groups(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId) {
		return this.fixes.groups(user.caller(), importId);
	}

	@PostMapping("/bulk-fixes")
	@Operation(summary = "Apply one fix to every draft of a group; each is re-validated by the case rules")
	ResponseEntity<FixResult> apply(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@Valid @RequestBody BulkFixRequest request) {
		FixResult result = this.fixes.apply(user.caller(), importId, request.code(), request.kind(),
				request.normalizedValue());
		return ResponseEntity.created(URI.create("/api/imports/" + importId + "/bulk-fixes/" + result.fixId()))
			.body(result);
	}

	@PostMapping("/bulk-fixes/{fixId}/undo")
	@Operation(summary = "Put the drafts a fix changed back as they were")
	FixResult undo(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId, @PathVariable UUID fixId) {
		return this.fixes.undo(user.caller(), importId, fixId);
	}

}
