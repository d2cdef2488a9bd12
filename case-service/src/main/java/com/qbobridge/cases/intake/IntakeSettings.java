package com.qbobridge.cases.intake;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How approvals are consumed: whether the listener starts, how many consumer threads share the partitions, and how a
 * batch that fails as a whole (a database outage) is retried: with exponential back-off, for as long as it takes.
 *
 * @param enabled whether the approval listener starts with the application
 * @param concurrency consumer threads; more than the topic's partitions would idle
 * @param retryInitialInterval the first pause before a failed batch is retried
 * @param retryMaxInterval the longest pause between retries
 * @param processedEventsRetention how long approval ids are remembered for de-duplication; must exceed the approvals
 * topic's retention (14 days), or a very late redelivery could create a second outcome
 */
@ConfigurationProperties("pipeline.cases.intake")
@Validated
public record IntakeSettings(@DefaultValue("true") boolean enabled, @DefaultValue("3") @Min(1) @Max(64) int concurrency,
		@DefaultValue("1s") @NotNull Duration retryInitialInterval,
		@DefaultValue("30s") @NotNull Duration retryMaxInterval,
		@DefaultValue("30d") @NotNull Duration processedEventsRetention) {

}
