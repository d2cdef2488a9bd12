package com.qbobridge.imports.labels.web;

import java.time.Duration;
import java.util.Map;

import com.qbobridge.imports.labels.Labels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the label table to the page scripts, so that a field or reason shown by a script reads as on the server's
 * pages.
 */
@RestController
@Tag(name = "Labels", description = "The words shown for case fields and rule codes")
class LabelsApiController {

	@GetMapping("/api/labels")
	@Operation(summary = "Field and reason labels")
	ResponseEntity<Map<String, Map<String, String>>> labels() {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(Labels.table());
	}

}
