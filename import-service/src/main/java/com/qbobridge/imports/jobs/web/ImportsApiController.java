package com.qbobridge.imports.jobs.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.web.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The imports API: start, follow, retry and discard the signed-in account's imports.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Bulk imports of unpaid QuickBooks invoices, their drafts and reports")
class ImportsApiController {

	private final ImportJobLifecycle imports;

	private final ImportProgressStreams streams;

	ImportsApiController(ImportJobLifecycle imports, ImportProgressStreams streams) {
		this.imports = imports;
		this.streams = streams;
	}

	@PostMapping
	@Operation(summary = "Start an import",
			description = "Refused with 409 while an import of the same connection and filter is running.")
	ResponseEntity<ImportView> start(@AuthenticationPrincipal AccountUser user,
			@Valid @RequestBody StartImportRequest request) {
		List<InvalidRequest.FieldProblem> problems = request.rangeProblems();
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		ImportView view = ImportView.of(this.imports.start(user.caller(), request.toCommand()));
		return ResponseEntity.created(URI.create("/api/imports/" + view.importId())).body(view);
	}

	@GetMapping
	@Operation(summary = "List the account's imports, newest first")
	List<ImportView> all(@AuthenticationPrincipal AccountUser user) {
		return this.imports.all(user.caller()).stream().map(ImportView::of).toList();
	}

	@GetMapping("/{importId}")
	@Operation(summary = "One import with its progress")
	ImportView get(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId) {
		return ImportView.of(this.imports.get(user.caller(), importId));
	}

	@GetMapping(path = "/{importId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Live progress as Server-Sent Events",
			description = "Each 'progress' event carries the import as JSON; sent at once and after every change.")
	SseEmitter events(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId) {
		return this.streams.open(user.caller(), importId);
	}

	@PostMapping("/{importId}/retry")
	@Operation(summary = "Retry a failed import", description = "Invoices that already became cases are skipped.")
	ResponseEntity<ImportView> retry(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId) {
		ImportView view = ImportView.of(this.imports.retry(user.caller(), importId));
		return ResponseEntity.created(URI.create("/api/imports/" + view.importId())).body(view);
	}

	@PostMapping("/{importId}/discard")
	@Operation(summary = "Discard an import and delete its drafts that were not approved")
	ImportView discard(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId) {
		return ImportView.of(this.imports.discard(user.caller(), importId));
	}

}
