package com.qbobridge.imports.jobs;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An import of the same connection and filter is still running, so a second one would only duplicate it.
 */
public class ImportAlreadyRunning extends ErrorResponseException {

	private final String message;

	private final UUID runningImportId;

	public ImportAlreadyRunning(UUID runningImportId) {
		this(runningImportId, "An import of this connection with the same date filter is already running (import "
				+ runningImportId + "). Wait for it to finish, or discard it, before starting another.");
	}

	private ImportAlreadyRunning(UUID runningImportId, String message) {
		super(HttpStatus.CONFLICT, problem(message), null);
		getBody().setProperty("runningImportId", runningImportId);
		this.runningImportId = runningImportId;
		this.message = message;
	}

	public UUID runningImportId() {
		return this.runningImportId;
	}

	/** The plain message for logs and pages (the problem's detail may add advice). */
	@Override
	public String getMessage() {
		return this.message;
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setType(URI.create("https://qbobridge.com/problems/import-already-running"));
		problem.setTitle("Import already running");
		return problem;
	}

}
