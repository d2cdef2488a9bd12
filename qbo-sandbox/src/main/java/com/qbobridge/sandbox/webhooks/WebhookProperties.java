package com.qbobridge.sandbox.webhooks;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

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
 * @param endpoint the app's webhook endpoint from the start (as configured on Intuit's portal), or {@code null}
 * until one is set through the admin API
 * @param verifierToken the verifier token that signs notifications to {@code endpoint}
 * @param format the payload format for {@code endpoint}
 */
@Validated
@ConfigurationProperties("sandbox.webhooks")
public record WebhookProperties(@DefaultValue("300ms") @NotNull Duration batchWindow,
		@DefaultValue("3s") @NotNull Duration timeout, @DefaultValue("1s") @NotNull Duration firstRetry,
		@DefaultValue("6") @Min(1) int maxAttempts, @Nullable URI endpoint, @Nullable String verifierToken,
		@DefaultValue("LEGACY") @NotNull PayloadFormat format) {

	/** The endpoint configured from the start, when both it and its verifier token are set. */
	Optional<WebhookSubscription> configuredSubscription() {
		if (this.endpoint == null || this.endpoint.toString().isBlank() || this.verifierToken == null
				|| this.verifierToken.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new WebhookSubscription(this.endpoint, this.verifierToken, this.format));
	}

	@Override
	public String toString() {
		return "WebhookProperties[endpoint=" + this.endpoint + ", format=" + this.format + "]";
	}

}
