package com.qbobridge.cases.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox relay publishes: whether it runs in this instance, how many events per round, how often it looks
 * when nobody wakes it, and how long it waits for the broker.
 *
 * @param relayEnabled whether this instance relays (another deployment may do it instead)
 * @param batchSize events published per round, and per relay transaction
 * @param pollInterval how long the relay sleeps when the outbox is empty and no commit woke it
 * @param sendTimeout how long a round waits for the broker to acknowledge its events
 * @param maxRetryInterval the longest pause between rounds while the broker or database fails
 */
@ConfigurationProperties("pipeline.cases.outbox")
@Validated
public record OutboxSettings(@DefaultValue("true") boolean relayEnabled,
		@DefaultValue("500") @Min(1) @Max(10000) int batchSize, @DefaultValue("1s") @NotNull Duration pollInterval,
		@DefaultValue("30s") @NotNull Duration sendTimeout, @DefaultValue("30s") @NotNull Duration maxRetryInterval) {

}
