package com.qbobridge.connector.oauth;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When idle connections are refreshed so that Intuit's 100-day rolling refresh-token expiry never lapses, and when
 * the creditor is told to reconnect before the grant's hard cap.
 *
 * @param idleAfter a connection whose tokens were not refreshed for this long is refreshed (well under 100 days)
 * @param interval how often the keep-alive looks for idle connections
 * @param batchSize connections refreshed per run at most
 * @param reconnectWarning how long before the hard cap the connection API says to reconnect
 */
@Validated
@ConfigurationProperties("pipeline.connector.oauth.keep-alive")
public record KeepAliveProperties(@NotNull Duration idleAfter, @NotNull Duration interval, @Min(1) int batchSize,
		@NotNull Duration reconnectWarning) {

}
