package com.qbobridge.imports.bulkfix.web;

import java.util.Locale;
import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.bulkfix.BulkFixes;
import com.qbobridge.imports.bulkfix.FixKind;
import com.qbobridge.imports.bulkfix.FixNotFound;
import com.qbobridge.imports.bulkfix.FixResult;
import com.qbobridge.imports.jobs.ImportStateConflict;
import com.qbobridge.imports.labels.Labels;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Import page's bulk-fix forms as plain form posts, so that fixing a group works without the page script: the
 * fix or undo is applied and the browser goes back to the Import page, which shows what it did.
 */
@Controller
class BulkFixPageController {

	private final BulkFixes fixes;

	BulkFixPageController(BulkFixes fixes) {
		this.fixes = fixes;
	}

	@PostMapping("/imports/{importId}/bulk-fixes")
	String apply(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@RequestParam(required = false) @Nullable String code, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String value, RedirectAttributes redirect) {
		FixKind fix = kind(kind);
		String normalized = (value != null && !value.isBlank()) ? value.trim().toUpperCase(Locale.ROOT) : null;
		if (code == null || fix == null || !fix.fits(code)) {
			return back(importId, redirect, "This fix does not fit that group; reload the page and try again.");
		}
		if (fix.needsValue() && (normalized == null || !normalized.matches("[A-Z]{2}"))) {
			return back(importId, redirect, "Type the country as its two-letter code, for example US.");
		}
		try {
			FixResult result = this.fixes.apply(user.caller(), importId, code, fix, normalized);
			redirect.addFlashAttribute("bulkFix", BulkFixOutcome.applied(result, Labels.reason(code)));
		}
		catch (ImportStateConflict ex) {
			return back(importId, redirect, ex.getMessage());
		}
		return "redirect:/imports/" + importId + "#bulk-fix";
	}

	@PostMapping("/imports/{importId}/bulk-fixes/{fixId}/undo")
	String undo(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId, @PathVariable UUID fixId,
			RedirectAttributes redirect) {
		try {
			FixResult result = this.fixes.undo(user.caller(), importId, fixId);
			redirect.addFlashAttribute("bulkFix", BulkFixOutcome.undone(result));
		}
		catch (FixNotFound | ImportStateConflict ex) {
			return back(importId, redirect, "Nothing to undo: the fix was undone already or the import was discarded.");
		}
		return "redirect:/imports/" + importId + "#bulk-fix";
	}

	private static String back(UUID importId, RedirectAttributes redirect, @Nullable String problem) {
		redirect.addFlashAttribute("bulkFixProblem", problem);
		return "redirect:/imports/" + importId + "#bulk-fix";
	}

	private static @Nullable FixKind kind(@Nullable String kind) {
		if (kind == null) {
			return null;
		}
		try {
			return FixKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
