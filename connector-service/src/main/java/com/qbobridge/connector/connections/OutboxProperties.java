package com.qbobridge.connector.connections;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How often and how much the outbox relay publishes, so connection status changes go out shortly after commit.
 *
 * @param pollInterval the pause between two looks at the outbox
 * @param batchSize how many changes one look sends at most
 * @param sendTimeout how long to wait for the broker's acknowledgement of one change
 */
@Validated
@ConfigurationProperties("pipeline.connector.outbox")
public record OutboxProperties(@NotNull Duration pollInterval, @Positive int batchSize, @NotNull Duration sendTimeout) {
}
