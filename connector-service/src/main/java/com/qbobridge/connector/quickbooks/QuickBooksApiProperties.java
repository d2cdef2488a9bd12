package com.qbobridge.connector.quickbooks;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the Accounting API is and how it is read.
 *
 * @param apiBaseUrl the API host, e.g. {@code https://quickbooks.api.intuit.com}
 * @param minorVersion the {@code minorversion} sent with every request
 * @param pageSize invoices per query page; Intuit returns at most 1000
 * @param customerBatchSize customer ids per {@code Id in (...)} query, to keep URLs short
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@Validated
@ConfigurationProperties("pipeline.connector.quickbooks")
public record QuickBooksApiProperties(@NotNull URI apiBaseUrl, @Min(1) int minorVersion,
		@Min(1) @Max(1000) int pageSize, @Min(1) @Max(1000) int customerBatchSize, @NotNull Duration connectTimeout,
		@NotNull Duration readTimeout) {

}
