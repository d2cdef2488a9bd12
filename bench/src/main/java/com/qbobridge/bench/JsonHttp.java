package com.qbobridge.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.qbobridge.schemas.EventJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A JSON client of one base URL with optional HTTP Basic credentials and a cookie jar (so a session the server opens
 * is reused, as a browser would).
 */
final class JsonHttp {

	private final String baseUrl;

	private final @Nullable String authorization;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	JsonHttp(String baseUrl, @Nullable String authorization) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
	}

	JsonNode get(String path, Duration timeout) {
		return json(send(request(path, timeout).GET()));
	}

	JsonNode post(String path, Object body, Duration timeout) {
		return json(send(request(path, timeout).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body)))));
	}

	JsonNode put(String path, Map<String, Object> body) {
		return json(send(request(path, Duration.ofSeconds(60)).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body)))));
	}

	void delete(String path) {
		send(request(path, Duration.ofSeconds(60)).DELETE());
	}

	/**
	 * Sends a GET and reads the whole body, for timing a page as a client sees it.
	 * @param path the path and query
	 * @param timeout how long to wait
	 * @return the response, status included
	 */
	HttpResponse<String> raw(String path, Duration timeout) {
		try {
			return this.http.send(request(path, timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(this.baseUrl + path + " did not answer: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String path, Duration timeout) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "application/json")
			.timeout(timeout);
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(response.request().method() + " " + response.request().uri()
						+ " answered " + response.statusCode() + ": " + abbreviate(response.body()));
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(this.baseUrl + " did not answer: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(HttpResponse<String> response) {
		return response.body().isBlank() ? EventJson.mapper().createObjectNode()
				: EventJson.mapper().readTree(response.body());
	}

	private static String abbreviate(String body) {
		return (body.length() > 500) ? body.substring(0, 500) + "..." : body;
	}

}
