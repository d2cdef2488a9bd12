package com.qbobridge.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 4: half of a company's invoices became cases; a second import of the same filter runs when Intuit revokes
 * the connection's refresh token (access tokens live 60 s, shorter than the connector's refresh skew, so it must
 * refresh during the import): that import fails "reconnect required", the connection needs reconnecting; after the
 * creditor reconnects, the same filter imports again, the cased half is skipped, the other half becomes cases, and
 * no invoice has two cases.
 */
class RevokedRefreshTokenIntegrationTests {

	@Test
	void revokedTokenFailsTheImportAndAfterReconnectingNothingIsDuplicated() {
		Product product = Product.get();
		TestCompany company = TestCompany.create(product.sandbox, "REVOKE", Size.of(600, 5_000));
		product.sandbox.faults(company.realmId(), Map.of("accessTokenLifetimeSeconds", 60));
		ImportRun first = ImportRun.connect(product, company).start().awaitEnd();
		assertThat(first.ready()).as(first.job.toString()).isTrue();
		List<String> ready = readyDraftIds(product, first.importId);
		List<String> half = ready.subList(0, ready.size() / 2);
		product.api.post("/api/imports/" + first.importId + "/approvals", Map.of("draftIds", half));
		first.awaitOutcomes();

		product.sandbox.faults(company.realmId(), Map.of("accessTokenLifetimeSeconds", 60, "latencyMillis", 1_000));
		ImportRun second = ImportRun.connect(product, company);
		second.start().awaitImport((job) -> "FETCHING".equals(job.path("state").asString()));
		product.sandbox.revokeRefreshTokens(company.realmId());
		second.awaitEnd();
		JsonNode failure = second.job.path("failure");
		String connectionState = product.api.connectionState(second.connectionId);
		boolean failedAsExpected = "FAILED".equals(second.job.path("state").asString())
				&& "RECONNECT".equals(failure.path("action").asString())
				&& "NEEDS_RECONNECT".equals(connectionState);
		product.sandbox.faults(company.realmId(), Map.of());

		ImportRun third = ImportRun.connect(product, company).start().awaitEnd();
		if (third.ready()) {
			third.approveAllReady().awaitOutcomes();
		}
		long cases = Ledger.cases(product, company);
		Results.Row row = third.row("refresh token revoked mid-import, then reconnected",
				(failedAsExpected ? "" : "FAIL: ") + "revoked import " + second.job.path("state").asString() + " "
						+ failure.path("reason").asString() + " action " + failure.path("action").asString()
						+ ", connection " + connectionState + "; " + half.size() + " cased before, " + cases
						+ " cases after");
		Results.recordAndCheck(row);
		assertThat(cases).isEqualTo(company.unpaidInvoiceIds().size());
	}

	private static List<String> readyDraftIds(Product product, String importId) {
		List<String> ids = new ArrayList<>();
		product.api.get("/api/imports/" + importId + "/drafts/ids?status=ready").json()
			.forEach((id) -> ids.add(id.asString()));
		return ids;
	}

}
