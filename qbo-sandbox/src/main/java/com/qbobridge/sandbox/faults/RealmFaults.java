package com.qbobridge.sandbox.faults;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The faults injected into one realm's API calls.
 *
 * @param errorRates probability (0 to 1) of answering with each status; 429, 500 and 503 are supported
 * @param latencyMillis delay added to every API call
 * @param xmlErrors whether injected 500/503 faults answer in XML
 * @param forbidden whether every API call answers 403, as when the user lost permission
 * @param accessTokenLifetimeSeconds lifetime of newly issued access tokens, or {@code null} for the configured one
 * @param throttleStatus the status throttles answer with: 429, or 403 as Intuit's gateway sometimes does
 * @param wrongCluster whether every API call answers Intuit's 401 "Accessing Wrong Cluster" (code 130)
 * @param monthlyAllowanceExhausted whether the app's monthly call allowance is used up: every API call answers
 * Intuit's ThrottleExceeded, as the per-minute limit does
 */
public record RealmFaults(Map<Integer, Double> errorRates, long latencyMillis, boolean xmlErrors, boolean forbidden,
		@Nullable Integer accessTokenLifetimeSeconds, int throttleStatus, boolean wrongCluster,
		boolean monthlyAllowanceExhausted) {

	/** Statuses that can be injected. */
	public static final java.util.Set<Integer> INJECTABLE = java.util.Set.of(429, 500, 503);

	public RealmFaults {
		errorRates = (errorRates != null) ? new TreeMap<>(errorRates) : Map.of();
		errorRates.forEach((status, rate) -> {
			Assert.isTrue(INJECTABLE.contains(status), "only 429, 500 and 503 can be injected, not " + status);
			Assert.isTrue(rate != null && rate >= 0 && rate <= 1, "an error rate must be between 0 and 1");
		});
		Assert.isTrue(errorRates.values().stream().mapToDouble(Double::doubleValue).sum() <= 1.0,
				"the error rates must not add up to more than 1");
		Assert.isTrue(latencyMillis >= 0 && latencyMillis <= 120_000, "latencyMillis must be between 0 and 120000");
		Assert.isTrue(accessTokenLifetimeSeconds == null || accessTokenLifetimeSeconds > 0,
				"accessTokenLifetimeSeconds must be positive");
		Assert.isTrue(throttleStatus == 429 || throttleStatus == 403, "throttleStatus must be 429 or 403");
		errorRates = java.util.Collections.unmodifiableMap(errorRates);
	}

	/**
	 * Faults with throttles answered 429, the right cluster and allowance left.
	 * @param errorRates probability of each status
	 * @param latencyMillis delay added to every call
	 * @param xmlErrors whether faults answer in XML
	 * @param forbidden whether every call answers 403
	 * @param accessTokenLifetimeSeconds lifetime of new access tokens
	 */
	public RealmFaults(Map<Integer, Double> errorRates, long latencyMillis, boolean xmlErrors, boolean forbidden,
			@Nullable Integer accessTokenLifetimeSeconds) {
		this(errorRates, latencyMillis, xmlErrors, forbidden, accessTokenLifetimeSeconds, 429, false, false);
	}

	public static RealmFaults none(boolean xmlErrors) {
		return new RealmFaults(Map.of(), 0, xmlErrors, false, null);
	}

}
