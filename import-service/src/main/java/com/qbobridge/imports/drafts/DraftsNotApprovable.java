package com.qbobridge.imports.drafts;

import java.util.List;
import java.util.UUID;

/**
 * Some selected drafts cannot be approved (they need attention or were already approved), so none is.
 */
public class DraftsNotApprovable extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<Refusal> refusals;

	public DraftsNotApprovable(List<Refusal> refusals) {
		super(refusals.size() + " of the selected drafts cannot be approved; nothing was approved.");
		this.refusals = List.copyOf(refusals);
	}

	public List<Refusal> refusals() {
		return this.refusals;
	}

	/**
	 * Why one draft cannot be approved.
	 *
	 * @param draftId the draft
	 * @param reason why, in words
	 */
	public record Refusal(UUID draftId, String reason) {

	}

}
