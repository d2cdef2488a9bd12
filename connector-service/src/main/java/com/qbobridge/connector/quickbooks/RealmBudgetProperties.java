package com.qbobridge.connector.quickbooks;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * The per-company request budget every connector instance shares through the database. Any window holds at most
 * {@code requestsPerWindow + concurrentRequests - 1} requests (480 + 9 = 489 in any 60 s with the defaults, under
 * Intuit's 500 a minute).
 *
 * @param requestsPerWindow requests a realm may send within any {@code window}
 * @param window the sliding window the requests are counted over
 * @param concurrentRequests calls in flight per realm across all instances, at most Intuit's 10
 * @param slotLease how long a call's slot is held at most (longer than a call's read timeout), so that the slots of
 * an instance that died come back
 * @param maxWait how long a call waits for the budget before it fails as rate limited
 * @param throttleAttempts attempts of one request that QuickBooks may throttle before the connector concludes that
 * the throttle is not this company's per-minute limit (which the shared budget keeps) but the app's monthly call
 * allowance, and stops retrying
 * @param throttleWindow how long those throttles must span at least: Intuit's per-minute limit clears within a
 * minute, and random throttling (a storm) rarely lasts through a whole retry sequence, so only throttling that
 * outlasts this window means the allowance
 */
@Validated
@ConfigurationProperties("pipeline.connector.quickbooks.budget")
public record RealmBudgetProperties(@Min(1) int requestsPerWindow, @DefaultValue("60s") @NotNull Duration window,
		@Min(1) @Max(10) int concurrentRequests, @NotNull Duration slotLease, @NotNull Duration maxWait,
		@Min(1) int throttleAttempts, @DefaultValue("2m") @NotNull Duration throttleWindow) {

	@ConstructorBinding
	public RealmBudgetProperties {
	}

	/**
	 * A budget that lets a request be throttled three times.
	 * @param requestsPerWindow requests a realm may send within any window
	 * @param window the sliding window
	 * @param concurrentRequests calls in flight per realm
	 * @param slotLease how long a slot is held at most
	 * @param maxWait how long a call waits for the budget
	 */
	public RealmBudgetProperties(int requestsPerWindow, Duration window, int concurrentRequests, Duration slotLease,
			Duration maxWait) {
		this(requestsPerWindow, window, concurrentRequests, slotLease, maxWait, 3, Duration.ofMinutes(2));
	}

}
