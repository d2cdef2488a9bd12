package com.qbobridge.messaging;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The backbone's settings, the same keys in every service ({@code pipeline.messaging.*}).
 *
 * @param outbox how the outbox relay publishes
 * @param consumer how failed records are retried
 * @param processedEvents how long consumed event ids are remembered
 * @param topics whether the catalog's topics are declared at start-up
 */
@ConfigurationProperties("pipeline.messaging")
@Validated
public record MessagingProperties(@DefaultValue @Valid Outbox outbox, @DefaultValue @Valid Consumer consumer,
		@DefaultValue @Valid ProcessedEvents processedEvents, @DefaultValue @Valid Topics topics) {

	/**
	 * How the outbox relay publishes.
	 *
	 * @param relayEnabled whether this instance takes part in relaying (one instance relays at a time anyway)
	 * @param batchSize events published per round and per relay transaction
	 * @param pollInterval how often the relay looks when no commit of this instance woke it
	 * @param sendTimeout how long the relay waits for the broker's acknowledgements of one round
	 * @param maxRetryInterval the longest pause after a failed round (the pause doubles from the poll interval)
	 */
	public record Outbox(@DefaultValue("true") boolean relayEnabled,
			@DefaultValue("500") @Min(1) @Max(10000) int batchSize, @DefaultValue("200ms") @NotNull Duration pollInterval,
			@DefaultValue("30s") @NotNull Duration sendTimeout, @DefaultValue("30s") @NotNull Duration maxRetryInterval) {

	}

	/**
	 * How a record whose processing failed is retried. Transient failures (database or broker unavailable) are retried
	 * without limit, backing off from {@code retryInitialInterval} to {@code retryMaxInterval}; failures that can never
	 * succeed go to the dead-letter topic at once; anything else is tried {@code unknownFailureAttempts} more times.
	 *
	 * @param retryInitialInterval the first pause after a transient failure
	 * @param retryMaxInterval the longest pause between attempts
	 * @param unknownFailureAttempts retries of a failure that is neither known transient nor known permanent
	 */
	public record Consumer(@DefaultValue("500ms") @NotNull Duration retryInitialInterval,
			@DefaultValue("30s") @NotNull Duration retryMaxInterval,
			@DefaultValue("2") @Min(0) @Max(10) int unknownFailureAttempts) {

	}

	/**
	 * How long consumed event ids are remembered; longer than the longest retention of a consumed topic (30 days),
	 * or a very late redelivery could take effect twice.
	 *
	 * @param retention how long an event id is kept
	 * @param cleanupInterval how often old ids are forgotten
	 */
	public record ProcessedEvents(@DefaultValue("45d") @NotNull Duration retention,
			@DefaultValue("1h") @NotNull Duration cleanupInterval) {

	}

	/**
	 * Topic declaration.
	 *
	 * @param declare whether missing catalog topics (and their dead-letter topics) are created at start-up; existing
	 * topics are never changed
	 */
	public record Topics(@DefaultValue("true") boolean declare) {

	}

}
