package com.qbobridge.sandbox.webhooks;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the sandbox delivers webhooks, Intuit's way by default.
 *
 * @param batchWindow changes within this window go out in one notification (Intuit aggregates too)
 * @param timeout a receiver that has not answered 200 within this time gets the notification again (Intuit: 3 s)
 * @param firstRetry the wait before the first retry; it doubles with every attempt
 * @param maxAttempts deliveries of one notification at most
 */
@Validated
@ConfigurationProperties("sandbox.webhooks")
public record WebhookProperties(@DefaultValue("300ms") @NotNull Duration batchWindow,
		@DefaultValue("3s") @NotNull Duration timeout, @DefaultValue("1s") @NotNull Duration firstRetry,
		@DefaultValue("6") @Min(1) int maxAttempts) {

}
