package com.qbobridge.imports.review.web;

import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.jobs.ImportNotFound;
import com.qbobridge.imports.review.ReviewManagement;
import com.qbobridge.imports.review.ReviewSelection;
import com.qbobridge.imports.review.SelectionChoice;
import com.qbobridge.imports.review.SelectionNotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Review and submit page: the selection's summary rendered at once, its drafts paged by the page script. A link
 * naming drafts (the import table's "Fix") stores them as a selection first, so that every review has one shape.
 */
@Controller
class ReviewPageController {

	private final ImportJobLifecycle imports;

	private final ReviewManagement review;

	ReviewPageController(ImportJobLifecycle imports, ReviewManagement review) {
		this.imports = imports;
		this.review = review;
	}

	@GetMapping("/imports/{importId}/review")
	String review(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@RequestParam(required = false) @Nullable UUID selection,
			@RequestParam(name = "draft", required = false) @Nullable List<UUID> draftIds, Model model) {
		ImportJob job = job(user, importId);
		if (selection == null) {
			if (draftIds == null || draftIds.isEmpty()) {
				model.addAttribute("job", job);
				model.addAttribute("selection", null);
				return "review";
			}
			ReviewSelection stored = this.review.select(user.caller(), importId, SelectionChoice.of(draftIds));
			return "redirect:/imports/" + importId + "/review?selection=" + stored.selectionId();
		}
		ReviewSelection chosen;
		try {
			chosen = this.review.selection(user.caller(), importId, selection);
		}
		catch (SelectionNotFound ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This selection expired; select the drafts again.",
					ex);
		}
		model.addAttribute("job", job);
		model.addAttribute("selection", chosen);
		model.addAttribute("summary", this.review.summary(chosen));
		return "review";
	}

	private ImportJob job(AccountUser user, UUID importId) {
		try {
			return this.imports.get(user.caller(), importId);
		}
		catch (ImportNotFound ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage(), ex);
		}
	}

}
