package com.qbobridge.connector.invoices;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.qbobridge.connector.oauth.TokenRefreshFailed;
import com.qbobridge.connector.quickbooks.AppAllowanceExhausted;
import com.qbobridge.connector.quickbooks.IntuitFaults;
import com.qbobridge.connector.quickbooks.QuickBooksCallFailed;
import com.qbobridge.schemas.connector.ImportFailureReason;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GH-14 (point 5): each of Intuit's easily confused answers gets its own reason and words, read from the bodies
 * Intuit sends.
 */
class FailureWordsTests {

	@Test
	void aWrongClusterIsNeitherExpiredTokensNorAReconnect() {
		QuickBooksCallFailed call = call(401, "fault-wrong-cluster-401.json");
		assertThat(call.wrongCluster()).isTrue();
		assertThat(call.unauthorized()).as("no refresh").isFalse();
		FetchRunner.Failure failure = FetchRunner.Failure.of(call);
		assertThat(failure.reason()).isEqualTo(ImportFailureReason.QBO_UNAVAILABLE);
		assertThat(failure.detail()).contains("Accessing Wrong Cluster", "code 130").doesNotContain("reconnect");
	}

	@Test
	void aThrottleAnswered403InXmlIsThrottlingNotAMissingPermission() {
		QuickBooksCallFailed call = call(403, "fault-throttle-403.xml");
		assertThat(call.throttled()).isTrue();
		assertThat(call.forbidden()).isFalse();
		assertThat(FetchRunner.Failure.of(call).reason()).isEqualTo(ImportFailureReason.RATE_LIMITED);
	}

	@Test
	void aRealForbiddenStaysAMissingPermission() {
		QuickBooksCallFailed call = call(403, "fault-forbidden-403.json");
		assertThat(call.forbidden()).isTrue();
		assertThat(FetchRunner.Failure.of(call).reason()).isEqualTo(ImportFailureReason.PERMISSION_MISSING);
	}

	@Test
	void anExpired401StillAsksForARefresh() {
		QuickBooksCallFailed call = call(401, "fault-authentication-401.json");
		assertThat(call.unauthorized()).isTrue();
		assertThat(call.wrongCluster()).isFalse();
	}

	@Test
	void invalidClientOnRefreshIsAConfigurationErrorNotTryAgainLater() {
		TokenRefreshFailed refused = new TokenRefreshFailed(UUID.randomUUID(),
				new OAuth2AuthorizationException(new OAuth2Error("invalid_client")));
		FetchRunner.Failure failure = FetchRunner.Failure.of(refused);
		assertThat(refused.clientRejected()).isTrue();
		assertThat(failure.detail()).contains("invalid_client", "administrator").doesNotContain("try again later");

		TokenRefreshFailed unreachable = new TokenRefreshFailed(UUID.randomUUID(), new IOException("timeout"));
		assertThat(unreachable.clientRejected()).isFalse();
		assertThat(FetchRunner.Failure.of(unreachable).detail()).contains("try again later");
	}

	@Test
	void theMonthlyAllowanceSaysSoInsteadOfTryAgainLater() {
		AppAllowanceExhausted exhausted = new AppAllowanceExhausted("123", 3, call(429, "fault-throttle-429.json"));
		FetchRunner.Failure failure = FetchRunner.Failure.of(exhausted);
		assertThat(failure.reason()).isEqualTo(ImportFailureReason.RATE_LIMITED);
		assertThat(failure.detail()).contains("monthly API call allowance");
	}

	private static QuickBooksCallFailed call(int status, String fixture) {
		return new QuickBooksCallFailed("123", status, IntuitFaults.read(read(fixture)), "tid-1", null);
	}

	private static String read(String name) {
		try (InputStream in = FailureWordsTests.class.getResourceAsStream("/intuit/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
