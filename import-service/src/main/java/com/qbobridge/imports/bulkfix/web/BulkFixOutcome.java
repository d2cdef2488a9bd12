package com.qbobridge.imports.bulkfix.web;

import java.util.UUID;

import com.qbobridge.imports.bulkfix.FixResult;
import org.jspecify.annotations.Nullable;

/**
 * What the last bulk fix or undo did, as the Import page tells it after a plain form post.
 *
 * @param fixId the fix
 * @param undone whether this was the undo
 * @param drafts drafts changed
 * @param ready of those, how many are ready now
 * @param reason the group's reason in words, for a fix
 */
public record BulkFixOutcome(UUID fixId, boolean undone, long drafts, long ready, @Nullable String reason) {

	static BulkFixOutcome applied(FixResult result, String reason) {
		return new BulkFixOutcome(result.fixId(), false, result.drafts(), result.ready(), reason);
	}

	static BulkFixOutcome undone(FixResult result) {
		return new BulkFixOutcome(result.fixId(), true, result.drafts(), result.ready(), null);
	}

	/**
	 * The sentence the page shows.
	 * @return e.g. "Fixed 37 drafts (Country not recognised): 35 are ready now."
	 */
	public String message() {
		if (this.undone) {
			return "Undone: " + this.drafts + " " + drafts(this.drafts) + " put back as they were.";
		}
		return "Fixed " + this.drafts + " " + drafts(this.drafts) + " (" + this.reason + "): " + this.ready
				+ ((this.ready == 1) ? " is" : " are") + " ready now.";
	}

	private static String drafts(long n) {
		return (n == 1) ? "draft" : "drafts";
	}

}
