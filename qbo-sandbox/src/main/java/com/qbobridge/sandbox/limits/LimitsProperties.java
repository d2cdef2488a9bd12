package com.qbobridge.sandbox.limits;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Intuit's per-realm API limits.
 *
 * @param requestsPerMinute requests a realm may receive in any window (Intuit: 500 per minute)
 * @param concurrentRequests requests a realm may have in flight (Intuit: 10)
 * @param window the sliding window the request count applies to (Intuit: one minute)
 */
@Validated
@ConfigurationProperties("sandbox.limits")
public record LimitsProperties(@DefaultValue("500") @Min(1) int requestsPerMinute,
		@DefaultValue("10") @Min(1) int concurrentRequests, @DefaultValue("60s") @NotNull Duration window) {

}
