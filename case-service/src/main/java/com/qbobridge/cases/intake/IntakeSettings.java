package com.qbobridge.cases.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Whether this instance consumes approvals and with how many consumer threads; how failures are retried and how long
 * approval ids are remembered are the backbone's settings ({@code pipeline.messaging.*}).
 *
 * @param enabled whether the approval listener starts with the application
 * @param concurrency consumer threads; more than the topic's partitions would idle
 */
@ConfigurationProperties("pipeline.cases.intake")
@Validated
public record IntakeSettings(@DefaultValue("true") boolean enabled,
		@DefaultValue("3") @Min(1) @Max(64) int concurrency) {

}
