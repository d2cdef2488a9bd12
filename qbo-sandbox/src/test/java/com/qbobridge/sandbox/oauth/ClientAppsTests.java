package com.qbobridge.sandbox.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic client authentication, with and without RFC 6749's form-encoding of id and secret.
 */
class ClientAppsTests {

	private final ClientApps apps = new ClientApps();

	ClientAppsTests() {
		this.apps.put(new ClientApp("app id", "s3cr+t/=&x", List.of("http://localhost/cb")));
	}

	@Test
	void acceptsPlainAndFormEncodedCredentials() {
		assertThat(this.apps.authenticate(basic("app id", "s3cr+t/=&x"))).isPresent();
		assertThat(this.apps.authenticate(basic(URLEncoder.encode("app id", StandardCharsets.UTF_8),
				URLEncoder.encode("s3cr+t/=&x", StandardCharsets.UTF_8))))
			.isPresent();
	}

	@Test
	void rejectsWrongOrMalformedCredentials() {
		assertThat(this.apps.authenticate(basic("app id", "wrong"))).isEmpty();
		assertThat(this.apps.authenticate("Basic not-base64!")).isEmpty();
		assertThat(this.apps.authenticate("Bearer abc")).isEmpty();
		assertThat(this.apps.authenticate(null)).isEmpty();
	}

	private static String basic(String id, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}
