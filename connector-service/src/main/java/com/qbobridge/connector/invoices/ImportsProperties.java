package com.qbobridge.connector.invoices;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many imports run at the same time in one instance, and when a silent import counts as abandoned.
 *
 * @param workers imports fetched in parallel; each runs its pages one after the other
 * @param lease how long a running import may go without finishing a page before it is considered abandoned (its
 * worker died) and failed; longer than the worst retry sequence of one page
 * @param sweepInterval how often abandoned imports are looked for
 */
@Validated
@ConfigurationProperties("pipeline.connector.imports")
public record ImportsProperties(@Min(1) @Max(64) int workers, @NotNull Duration lease,
		@NotNull Duration sweepInterval) {

}
