package com.qbobridge.servicetokens;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTokensAutoConfigurationTests {

	private static final ServiceTokenKeys KEYS = ServiceTokenDecodersTests.KEYS;

	private final WebApplicationContextRunner verifying = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ServiceTokensAutoConfiguration.class))
		.withPropertyValues("pipeline.service-tokens.jwk-set=" + KEYS.jwkSet(),
				"pipeline.service-tokens.audience=case-service");

	private final ApplicationContextRunner signing = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ServiceTokensAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(JwtAuthenticationProvider.class))
		.withPropertyValues("pipeline.service-tokens.signing-key=" + KEYS.signingKey());

	@Test
	void givesAVerifyingServiceTheDecoderAndTheEntryPointButNoMinter() {
		this.verifying.run((context) -> {
			assertThat(context).hasSingleBean(JwtDecoder.class)
				.hasSingleBean(ServiceTokenAuthenticationEntryPoint.class)
				.doesNotHaveBean(ServiceTokenMinter.class);
			ServiceTokenProperties properties = context.getBean(ServiceTokenProperties.class);
			assertThat(properties.issuer()).isEqualTo("import-service");
			assertThat(properties.lifetime()).hasMinutes(5);
			assertThat(properties.clockSkew()).hasSeconds(60);
			String token = ServiceTokenDecodersTests.minter(KEYS, Instant.now()).mint("case-service", "acme", "u");
			assertThat(ServiceTokenClaims.accountOf(context.getBean(JwtDecoder.class).decode(token)))
				.isEqualTo("acme");
		});
	}

	@Test
	void givesTheSigningServiceOnlyTheMinterAndHidesItsKey() {
		this.signing.withPropertyValues("pipeline.service-tokens.lifetime=2m").run((context) -> {
			assertThat(context).hasSingleBean(ServiceTokenMinter.class)
				.doesNotHaveBean(JwtDecoder.class)
				.doesNotHaveBean(ServiceTokenAuthenticationEntryPoint.class);
			ServiceTokenProperties properties = context.getBean(ServiceTokenProperties.class);
			assertThat(properties.lifetime()).hasMinutes(2);
			assertThat(properties.toString()).doesNotContain(KEYS.signingKey()).contains("signs=true");
		});
	}

	@Test
	void datesTokensWithTheApplicationsClock() {
		Instant past = Instant.parse("2020-01-01T00:00:00Z");
		this.signing.withBean(Clock.class, () -> Clock.fixed(past, ZoneOffset.UTC)).run((context) -> {
			String token = context.getBean(ServiceTokenMinter.class).mint("case-service", "acme", "u");
			JwtDecoder decoder = ServiceTokenDecoders.forThisService(
					ServiceTokenProperties.verifying(KEYS.jwkSet(), "case-service"), Clock.fixed(past, ZoneOffset.UTC));
			assertThat(decoder.decode(token).getIssuedAt()).isEqualTo(past);
		});
	}

	@Test
	void staysOffWhenNoKeyIsNamed() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ServiceTokensAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ServiceTokenProperties.class)
				.doesNotHaveBean(ServiceTokenMinter.class));
	}

	@Test
	void refusesToStartWhenTheNamedKeyIsEmpty() {
		this.signing.withPropertyValues("pipeline.service-tokens.signing-key=")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("SERVICE_TOKEN_SIGNING_KEY"));
		this.verifying.withPropertyValues("pipeline.service-tokens.jwk-set=", "pipeline.service-tokens.jwk-set-uri=")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("SERVICE_TOKEN_JWK_SET"));
	}

	@Test
	void refusesToStartWithAKeyThatIsNotAnEs256Key() {
		this.signing.withPropertyValues("pipeline.service-tokens.signing-key={\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("private EC P-256 JWK"));
		this.verifying.withPropertyValues("pipeline.service-tokens.jwk-set={\"keys\":[" + KEYS.signingKey() + "]}")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("public keys"));
	}

	@Test
	void refusesToStartWithALifetimeOverFiveMinutes() {
		this.verifying.withPropertyValues("pipeline.service-tokens.lifetime=6m")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("at most 5 minutes"));
	}

	@Test
	void refusesToVerifyWithoutKnowingThisServicesName() {
		this.verifying.withPropertyValues("pipeline.service-tokens.audience=")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("pipeline.service-tokens.audience"));
	}

}
