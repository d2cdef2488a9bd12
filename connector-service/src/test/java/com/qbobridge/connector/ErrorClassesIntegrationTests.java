package com.qbobridge.connector;

import java.util.Map;
import java.util.UUID;

import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GH-14 (points 4 and 5) against the sandbox answering as Intuit does: a wrong cluster neither refreshes nor asks to
 * reconnect; throttles answered 403 in XML are retried as throttles and leave the permission alone; an exhausted
 * monthly allowance fails the import after a few attempts with words that say so.
 */
class ErrorClassesIntegrationTests extends ConnectorIntegrationTest {

	@Test
	void aWrongClusterFailsTheImportWithoutRefreshOrReconnect() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Wrong Cluster Co", 3, 5, 40);
		UUID connectionId = connect(account, realmId);
		long refreshes = sandbox().stats(realmId).get("tokenRefreshes").asLong();
		sandbox().faults(realmId, Map.of("wrongCluster", true));

		ImportCompleted completed = InvoiceImportIntegrationTests
			.awaitCompleted(requestImport(account, connectionId, DateField.DUE_DATE, null, null));

		sandbox().faults(realmId, Map.of());
		assertThat(completed.failureReason()).isEqualTo(ImportFailureReason.QBO_UNAVAILABLE);
		assertThat(completed.detail()).contains("Accessing Wrong Cluster");
		assertThat(sandbox().stats(realmId).get("tokenRefreshes").asLong()).isEqualTo(refreshes);
		assertThat(connection(account, connectionId).get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void throttlesAnswered403AreRetriedAndDoNotMarkThePermissionMissing() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Throttled 403 Co", 4, 5, 40);
		UUID connectionId = connect(account, realmId);
		sandbox().faults(realmId,
				Map.of("errorRates", Map.of("429", 0.5), "throttleStatus", 403, "xmlErrors", true));

		// An import of one page makes about four calls, and the sandbox throttles each with probability 0.5: imports
		// are repeated (at most five) until a throttle was answered, so that the test never passes without one.
		JsonNode stats;
		int imports = 0;
		do {
			ImportRequested request = requestImport(account, connectionId, DateField.DUE_DATE, null, null);
			ImportCompleted completed = InvoiceImportIntegrationTests.awaitCompleted(request);
			assertThat(completed.succeeded()).as(String.valueOf(completed.detail())).isTrue();
			assertThat(connection(account, connectionId).get("status").asString()).isEqualTo("ACTIVE");
			stats = sandbox().stats(realmId);
		}
		while (stats.get("faultsInjected").asLong() == 0 && ++imports < 5);

		sandbox().faults(realmId, Map.of());
		assertThat(stats.get("faultsInjected").asLong()).isPositive();
	}

	@Test
	void anExhaustedMonthlyAllowanceFailsAfterAFewAttemptsWithItsOwnWords() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Allowance Co", 6, 5, 40);
		UUID connectionId = connect(account, realmId);
		sandbox().resetStats(realmId);
		sandbox().faults(realmId, Map.of("monthlyAllowanceExhausted", true));

		ImportCompleted completed = InvoiceImportIntegrationTests
			.awaitCompleted(requestImport(account, connectionId, DateField.DUE_DATE, null, null));

		JsonNode stats = sandbox().stats(realmId);
		sandbox().faults(realmId, Map.of());
		assertThat(completed.failureReason()).isEqualTo(ImportFailureReason.RATE_LIMITED);
		assertThat(completed.detail()).contains("monthly API call allowance");
		// Throttled through the 5 s window of the test settings, then given up: not the whole retry sequence of 12.
		assertThat(stats.get("requests").asLong()).as("not retried through the whole sequence").isBetween(3L, 11L);
	}

}
