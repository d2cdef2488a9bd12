package com.qbobridge.imports.accounts;

import java.time.Clock;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.servicetokens.ServiceTokenDecoders;
import com.qbobridge.servicetokens.ServiceTokenMinter;
import com.qbobridge.servicetokens.ServiceTokenProperties;
import com.qbobridge.testsupport.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * import-service signs service tokens with its private key and publishes only the public half, without sign-in, for
 * connector-service and case-service to verify with (GH-15).
 */
@ImportServiceIntegrationTest
class ServiceTokenKeyIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	ServiceTokenMinter minter;

	@Test
	void publishesThePublicKeyItsTokensVerifyWithAndNothingPrivate() {
		String jwkSet = this.client.get()
			.uri(ServiceTokenProperties.JWK_SET_PATH)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("application/jwk-set+json")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(jwkSet).isEqualTo(ServiceTokens.keys().jwkSet()).doesNotContain("\"d\"");
		String token = this.minter.mint("case-service", "acme", "creditor@example.com");
		assertThat(ServiceTokenDecoders
			.forThisService(ServiceTokenProperties.verifying(jwkSet, "case-service"), Clock.systemUTC())
			.decode(token)
			.getSubject()).isEqualTo("creditor@example.com");
	}

}
