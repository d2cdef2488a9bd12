package com.qbobridge.localstack.manifests;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.ECKey;
import org.junit.jupiter.api.Test;

import com.qbobridge.servicetokens.ServiceTokenDecoders;
import com.qbobridge.servicetokens.ServiceTokenKeys;
import com.qbobridge.servicetokens.ServiceTokenMinter;
import com.qbobridge.servicetokens.ServiceTokenProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The script operators create the service-token key pair with prints a key the services accept: import-service can
 * sign with the private JWK and a verifier trusting the printed JWK set accepts the token.
 */
class ServiceTokenKeysScriptTests {

	@Test
	void printsAnEs256KeyPairTheServicesAccept() throws Exception {
		Process process = new ProcessBuilder("bash", "deploy/service-token-keys.sh").directory(Repository.root().toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		Map<String, String> printed = new String(process.getInputStream().readAllBytes()).lines()
			.map((line) -> line.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0], (pair) -> pair[1]));
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();

		String signingKey = printed.get("SERVICE_TOKEN_SIGNING_KEY");
		String jwkSet = printed.get("SERVICE_TOKEN_JWK_SET");
		ECKey key = ServiceTokenKeys.signingKeyOf(signingKey);
		assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
		assertThat(ServiceTokenKeys.jwkSetOf(jwkSet).getKeys()).singleElement()
			.satisfies((published) -> assertThat(published.toJSONObject())
				.isEqualTo(key.toPublicJWK().toJSONObject()));
		String token = new ServiceTokenMinter(ServiceTokenProperties.signing(signingKey, Duration.ofMinutes(5)),
				Clock.systemUTC())
			.mint("case-service", "acme", "creditor@example.com");
		assertThat(ServiceTokenDecoders
			.forThisService(ServiceTokenProperties.verifying(jwkSet, "case-service"), Clock.systemUTC())
			.decode(token)
			.getSubject()).isEqualTo("creditor@example.com");
	}

}
