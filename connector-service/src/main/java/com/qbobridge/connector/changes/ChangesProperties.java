package com.qbobridge.connector.changes;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How QuickBooks' changes to invoices behind cases are followed.
 *
 * @param verifierToken the webhook verifier token of the Intuit app (a secret); without it the webhook endpoint
 * refuses every call and change data capture alone keeps cases in step
 * @param pollInterval how often change data capture runs per connection with open cases
 * @param noticeInterval how often accepted webhook notices are processed
 * @param batchSize invoices read per QuickBooks query
 * @param lookBack how far back Intuit's change data capture reaches; a connection silent for longer is caught up
 * by re-reading its watched invoices
 * @param overlap each poll starts this much before the last one ended, so clock differences lose nothing (a change
 * seen twice is applied once)
 * @param lease how long one instance owns a connection's poll
 */
@Validated
@ConfigurationProperties("pipeline.connector.changes")
public record ChangesProperties(@Nullable String verifierToken, @DefaultValue("15m") @NotNull Duration pollInterval,
		@DefaultValue("2s") @NotNull Duration noticeInterval, @DefaultValue("30") @Min(1) @Max(1000) int batchSize,
		@DefaultValue("30d") @NotNull Duration lookBack, @DefaultValue("5m") @NotNull Duration overlap,
		@DefaultValue("10m") @NotNull Duration lease) {

	/** Whether webhooks can be verified. */
	public boolean webhooksEnabled() {
		return this.verifierToken != null && !this.verifierToken.isBlank();
	}

	@Override
	public String toString() {
		return "ChangesProperties[webhooks=" + webhooksEnabled() + ", pollInterval=" + this.pollInterval + "]";
	}

}
