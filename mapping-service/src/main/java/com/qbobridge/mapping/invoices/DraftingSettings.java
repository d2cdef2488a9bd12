package com.qbobridge.mapping.invoices;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How fetched invoices are drafted ({@code pipeline.mapping.drafting.*}).
 *
 * @param concurrency consumer threads of this instance; more than the topic's partitions (12) would idle, and on two
 * cores two or three keep the CPU busy while a batch waits for the broker's acknowledgements
 * @param sendTimeout how long a batch waits for the broker to acknowledge its drafts before it is retried
 */
@ConfigurationProperties("pipeline.mapping.drafting")
@Validated
public record DraftingSettings(@DefaultValue("3") @Min(1) @Max(48) int concurrency,
		@DefaultValue("30s") @NotNull Duration sendTimeout) {

}
