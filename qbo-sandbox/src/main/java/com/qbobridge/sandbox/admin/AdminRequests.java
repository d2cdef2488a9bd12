package com.qbobridge.sandbox.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The bodies the admin API accepts.
 */
final class AdminRequests {

	private AdminRequests() {
	}

	/** {@code POST /admin/clients}. */
	record ClientRequest(@NotBlank String clientId, @NotBlank String clientSecret, @Nullable List<String> redirectUris) {

		@Override
		public String toString() {
			return "ClientRequest[clientId=" + this.clientId + "]";
		}

	}

	/** {@code POST /admin/users}. */
	record UserRequest(@NotBlank String username, @NotBlank String password, @Nullable List<String> realmIds) {

		@Override
		public String toString() {
			return "UserRequest[username=" + this.username + "]";
		}

	}

	/** {@code POST /admin/realms}; everything but the company name has a default. */
	record RealmRequest(@Nullable @Pattern(regexp = "[0-9A-Za-z_-]{1,40}") String realmId,
			@Nullable String companyName, @Nullable String country, @Nullable String homeCurrency,
			@Nullable Boolean multiCurrencyEnabled, @Nullable Long seed, @Nullable @Min(0) Integer customers,
			@Nullable @Min(0) Integer invoices, @Nullable LocalDate asOf) {

	}

	/** {@code PUT /admin/realms/{realmId}/faults}. */
	record FaultsRequest(@Nullable Map<String, Double> errorRates, @Nullable @Min(0) Long latencyMillis,
			@Nullable Boolean xmlErrors, @Nullable Boolean forbidden, @Nullable @Min(1) Integer accessTokenLifetimeSeconds,
			@Nullable Integer throttleStatus, @Nullable Boolean wrongCluster, @Nullable Boolean monthlyAllowanceExhausted) {

	}

	/** {@code POST /admin/realms/{realmId}/invoices/{id}/payments}. */
	record PaymentRequest(@NotNull BigDecimal amount) {

	}

}
