package com.qbobridge.connector.quickbooks;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
 * @param parallelRanges how many id ranges of one import are read side by side (at most Intuit's 10 concurrent
 * requests per company; the rate limiter and bulkhead still bound the calls); 1 reads page after page
 */
@Validated
@ConfigurationProperties("pipeline.connector.quickbooks")
public record QuickBooksApiProperties(@NotNull URI apiBaseUrl, @Min(1) int minorVersion,
		@Min(1) @Max(1000) int pageSize, @Min(1) @Max(1000) int customerBatchSize, @NotNull Duration connectTimeout,
		@NotNull Duration readTimeout, @Min(1) @Max(10) int parallelRanges) {

	@ConstructorBinding
	public QuickBooksApiProperties {
	}

	/**
	 * Settings that read one page after another.
	 * @param apiBaseUrl the API host
	 * @param minorVersion the {@code minorversion}
	 * @param pageSize invoices per page
	 * @param customerBatchSize customer ids per query
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for an answer
	 */
	public QuickBooksApiProperties(URI apiBaseUrl, int minorVersion, int pageSize, int customerBatchSize,
			Duration connectTimeout, Duration readTimeout) {
		this(apiBaseUrl, minorVersion, pageSize, customerBatchSize, connectTimeout, readTimeout, 1);
	}

	/**
	 * The same settings with another number of ranges read side by side.
	 * @param ranges 1 to 10
	 * @return the settings
	 */
	public QuickBooksApiProperties withParallelRanges(int ranges) {
		return new QuickBooksApiProperties(this.apiBaseUrl, this.minorVersion, this.pageSize, this.customerBatchSize,
				this.connectTimeout, this.readTimeout, ranges);
	}

}
