package com.qbobridge.localstack.services;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Asks a service's {@code /actuator/health} whether it is up: HTTP 200 with {@code "status":"UP"}.
 */
public final class HealthProbe {

	private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * Reads a health endpoint once.
	 * @param url the health URL
	 * @return the state it reported
	 */
	public Health check(String url) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200 && UP.matcher(response.body()).find()) {
				return Health.UP;
			}
			return Health.DOWN;
		}
		catch (IOException ex) {
			return Health.NOT_LISTENING;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.NOT_LISTENING;
		}
	}

	/**
	 * What a health endpoint said.
	 */
	public enum Health {

		/** 200 and status UP. */
		UP,

		/** It answered, but not UP (503 while a dependency is down). */
		DOWN,

		/** Nothing answered. */
		NOT_LISTENING

	}

}
