package com.qbobridge.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * One company's way through the product as a scenario drives it: connect, import every unpaid invoice, approve every
 * ready draft, wait for the cases; then the figures of {@link Results.Row}.
 */
final class ImportRun {

	/** How long an import may take before it counts as stalled. */
	static final Duration IMPORT_DEADLINE = Duration.ofSeconds(Size.of(150, 600));

	/** How long approvals may wait for their cases before they count as lost. */
	static final Duration CASES_DEADLINE = Duration.ofSeconds(Size.of(120, 600));

	final Product product;

	final TestCompany company;

	final String connectionId;

	String importId;

	JsonNode job;

	int approved;

	private ImportRun(Product product, TestCompany company, String connectionId) {
		this.product = product;
		this.company = company;
		this.connectionId = connectionId;
	}

	static ImportRun connect(Product product, TestCompany company) {
		return new ImportRun(product, company, product.api.connect(company));
	}

	ImportRun start() {
		this.importId = this.product.api.startImport(this.connectionId);
		this.job = this.product.api.importJob(this.importId);
		return this;
	}

	/** Waits until the running import shows a condition, e.g. that fetching began. */
	ImportRun awaitImport(Predicate<JsonNode> condition) {
		await().atMost(IMPORT_DEADLINE).pollInterval(Duration.ofMillis(100)).until(() -> {
			this.job = this.product.api.importJob(this.importId);
			return condition.test(this.job) || CreditorApi.ended(this.job);
		});
		return this;
	}

	ImportRun awaitEnd() {
		this.job = this.product.api.awaitEnd(this.importId, IMPORT_DEADLINE);
		return this;
	}

	boolean ready() {
		return "READY".equals(this.job.path("state").asString());
	}

	ImportRun approveAllReady() {
		this.approved = this.product.api.approveAllReady(this.importId);
		return this;
	}

	/** Waits until at least one case exists for the company, i.e. case creation is under way. */
	ImportRun awaitFirstCases(long atLeast) {
		await().atMost(CASES_DEADLINE).pollInterval(Duration.ofMillis(100))
			.until(() -> Ledger.cases(this.product, this.company) >= atLeast);
		return this;
	}

	/** Waits until no approved draft is waiting for case-service any more, or the deadline passed. */
	ImportRun awaitOutcomes() {
		try {
			await().atMost(CASES_DEADLINE).pollInterval(Duration.ofSeconds(1))
				.until(() -> Ledger.fates(this.product.api.report(this.importId)).getOrDefault("APPROVED", 0) == 0);
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			// counted as lost approvals in the row
		}
		return this;
	}

	/**
	 * The figures: lost = unpaid invoices without a report line + approvals that never became a case; duplicated =
	 * second drafts + second cases; stalled = the import did not end in time.
	 */
	Results.Row row(String scenario, String note) {
		List<JsonNode> report = this.product.api.report(this.importId);
		Set<String> missing = Ledger.missingFromReport(this.company, report);
		Map<String, Integer> fates = Ledger.fates(report);
		int waiting = fates.getOrDefault("APPROVED", 0);
		long duplicated = Ledger.duplicateDrafts(this.product, this.importId)
				+ Ledger.duplicateCases(this.product, this.company);
		long cases = Ledger.cases(this.product, this.company);
		boolean ended = CreditorApi.ended(this.job);
		String state = this.job.path("state").asString();
		StringBuilder text = new StringBuilder();
		if (ended && !ready()) {
			text.append("FAIL: import ").append(state).append(' ').append(this.job.path("failure")).append("; ");
		}
		text.append("state ").append(state).append(", fates ").append(fates).append(", cases ").append(cases);
		if (waiting > 0) {
			text.append(", ").append(waiting).append(" approvals never became a case");
		}
		if (!missing.isEmpty()) {
			text.append(", missing e.g. ").append(missing.stream().sorted().limit(5).toList());
		}
		if (!note.isBlank()) {
			text.append("; ").append(note);
		}
		return new Results.Row(scenario, this.company.unpaidInvoiceIds().size(), missing.size() + waiting,
				duplicated, ended ? 0 : 1, text.toString());
	}

}
