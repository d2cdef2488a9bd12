package com.qbobridge.imports.remote;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where connector-service and case-service answer, and how long to wait for them.
 *
 * @param connector connector-service ({@code CONNECTOR_URL})
 * @param cases case-service ({@code CASES_URL})
 */
@ConfigurationProperties("pipeline.imports.remote")
@Validated
public record RemoteServicesProperties(@NotNull @Valid Service connector, @NotNull @Valid Service cases) {

	/**
	 * One called service.
	 *
	 * @param url its base URL
	 * @param audience its name, the {@code aud} of the tokens sent to it
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for an answer
	 */
	public record Service(@NotNull URI url, @NotNull String audience, @NotNull Duration connectTimeout,
			@NotNull Duration readTimeout) {

	}

}
