package com.qbobridge.imports.review;

import java.util.List;
import java.util.UUID;

import org.springframework.util.Assert;

/**
 * Which drafts a creditor chose: every ready draft of the import except some, or a list of drafts.
 *
 * @param allReady every ready draft of the import, on every page
 * @param except with {@code allReady}, the drafts left out
 * @param draftIds without {@code allReady}, the chosen drafts
 */
public record SelectionChoice(boolean allReady, List<UUID> except, List<UUID> draftIds) {

	public SelectionChoice {
		except = List.copyOf(except);
		draftIds = List.copyOf(draftIds);
		Assert.isTrue(allReady || !draftIds.isEmpty(), "choose allReady or at least one draft");
	}

	/**
	 * Every ready draft except some.
	 * @param except the drafts left out
	 * @return the choice
	 */
	public static SelectionChoice allReadyExcept(List<UUID> except) {
		return new SelectionChoice(true, except, List.of());
	}

	/**
	 * The listed drafts.
	 * @param draftIds the drafts, not empty
	 * @return the choice
	 */
	public static SelectionChoice of(List<UUID> draftIds) {
		return new SelectionChoice(false, List.of(), draftIds);
	}

}
