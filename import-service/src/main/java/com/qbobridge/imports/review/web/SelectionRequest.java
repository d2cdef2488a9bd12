package com.qbobridge.imports.review.web;

import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.review.SelectionChoice;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The drafts to review: {@code allReady} (optionally {@code except} some), or {@code draftIds}.
 *
 * @param allReady every ready draft of the import, on every page
 * @param except with {@code allReady}, drafts left out
 * @param draftIds the chosen drafts
 */
record SelectionRequest(@Nullable Boolean allReady, @Nullable @Size(max = 100_000) List<UUID> except,
		@Nullable @Size(max = 10_000) List<UUID> draftIds) {

	@AssertTrue(message = "send allReady true, or list draftIds, not both")
	boolean isDraftIds() {
		boolean all = Boolean.TRUE.equals(this.allReady);
		boolean listed = this.draftIds != null && !this.draftIds.isEmpty();
		return all != listed;
	}

	SelectionChoice choice() {
		return Boolean.TRUE.equals(this.allReady)
				? SelectionChoice.allReadyExcept((this.except != null) ? this.except : List.of())
				: SelectionChoice.of((this.draftIds != null) ? this.draftIds : List.of());
	}

}
