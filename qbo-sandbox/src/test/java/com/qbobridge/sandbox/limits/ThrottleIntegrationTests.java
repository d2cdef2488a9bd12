package com.qbobridge.sandbox.limits;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.qbobridge.sandbox.SandboxIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intuit's per-realm limits: the 501st request within a minute and the 11th concurrent request get 429
 * ThrottleExceeded, and the realm recovers once the minute has passed or the calls finished.
 */
class ThrottleIntegrationTests extends SandboxIntegrationTestSupport {

	@Test
	void throttlesTheFiveHundredAndFirstRequestInAMinuteAndRecovers() {
		String realm = createRealm(1, 1, 5);
		Connection connection = connect(realm);
		for (int i = 0; i < 500; i++) {
			HttpResponse<String> response = api(realm, "/preferences", connection.accessToken());
			assertThat(response.statusCode()).as("request %d", i + 1).isEqualTo(200);
		}
		HttpResponse<String> throttled = api(realm, "/preferences", connection.accessToken());
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).isEmpty();
		JsonNode fault = body(throttled).get("Fault");
		assertThat(fault.at("/Error/0/Message").asString())
			.isEqualTo("message=ThrottleExceeded; errorCode=003001; statusCode=429");
		assertThat(fault.at("/Error/0/code").asString()).isEqualTo("3001");

		// Another realm has its own budget.
		String other = createRealm(1, 0, 6);
		assertThat(api(other, "/preferences", connect(other).accessToken()).statusCode()).isEqualTo(200);

		this.clock.advance(Duration.ofSeconds(61));
		assertThat(api(realm, "/preferences", connection.accessToken()).statusCode()).isEqualTo(200);

		JsonNode stats = body(get("/admin/realms/" + realm + "/stats"));
		assertThat(stats.get("requests").asLong()).isEqualTo(501);
		assertThat(stats.get("throttled").asLong()).isEqualTo(1);
		assertThat(stats.get("maxRequestsInAnyMinute").asLong()).isEqualTo(500);
		assertThat(delete("/admin/realms/" + realm + "/stats").statusCode()).isEqualTo(204);
		assertThat(body(get("/admin/realms/" + realm + "/stats")).get("requests").asLong()).isZero();
	}

	@Test
	void throttlesTheEleventhConcurrentRequestAndRecovers() {
		String realm = createRealm(1, 1, 5);
		Connection connection = connect(realm);
		putJson("/admin/realms/" + realm + "/faults", Map.of("latencyMillis", 8000));
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url("/v3/company/" + realm + "/preferences")))
				.header("Authorization", "Bearer " + connection.accessToken())
				.timeout(Duration.ofSeconds(120))
				.GET()
				.build();
			calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
		assertThat(statuses).filteredOn((status) -> status == 200).hasSizeLessThanOrEqualTo(10);
		assertThat(statuses).filteredOn((status) -> status == 429).isNotEmpty();
		assertThat(statuses).containsOnly(200, 429);

		JsonNode stats = body(get("/admin/realms/" + realm + "/stats"));
		assertThat(stats.get("maxConcurrentObserved").asLong()).isEqualTo(10);
		assertThat(stats.get("throttled").asLong()).isEqualTo(statuses.stream().filter((s) -> s == 429).count());

		delete("/admin/realms/" + realm + "/faults");
		assertThat(api(realm, "/preferences", connection.accessToken()).statusCode()).isEqualTo(200);
	}

}
