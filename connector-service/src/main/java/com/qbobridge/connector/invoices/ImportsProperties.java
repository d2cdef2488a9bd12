package com.qbobridge.connector.invoices;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many imports run at the same time in one instance.
 *
 * @param workers imports fetched in parallel; each runs its pages one after the other
 */
@Validated
@ConfigurationProperties("pipeline.connector.imports")
public record ImportsProperties(@Min(1) @Max(64) int workers) {

}
