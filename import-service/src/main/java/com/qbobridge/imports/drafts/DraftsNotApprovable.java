package com.qbobridge.imports.drafts;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Some selected drafts cannot be approved (they need attention or were already approved), so none is.
 */
public class DraftsNotApprovable extends ErrorResponseException {

	private final String message;

	private final List<Refusal> refusals;

	public DraftsNotApprovable(List<Refusal> refusals) {
		this(List.copyOf(refusals),
				refusals.size() + " of the selected drafts cannot be approved; nothing was approved.");
	}

	private DraftsNotApprovable(List<Refusal> refusals, String message) {
		super(HttpStatus.CONFLICT, problem(message), null);
		getBody().setProperty("refusals", refusals);
		this.refusals = refusals;
		this.message = message;
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

	/** The plain message for logs and pages (the problem's detail may add advice). */
	@Override
	public String getMessage() {
		return this.message;
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setType(URI.create("https://qbobridge.com/problems/drafts-not-approvable"));
		problem.setTitle("Drafts cannot be approved");
		return problem;
	}

}
