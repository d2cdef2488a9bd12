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

	private final WebApplicationContextRunner verifying = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ServiceTokensAutoConfiguration.class))
		.withPropertyValues("pipeline.service-tokens.secret=" + ServiceTokenDecodersTests.SECRET,
				"pipeline.service-tokens.audience=case-service");

	@Test
	void givesAVerifyingServiceTheDecoderTheEntryPointAndTheMinterWithDefaults() {
		this.verifying.run((context) -> {
			assertThat(context).hasSingleBean(JwtDecoder.class)
				.hasSingleBean(ServiceTokenAuthenticationEntryPoint.class)
				.hasSingleBean(ServiceTokenMinter.class);
			ServiceTokenProperties properties = context.getBean(ServiceTokenProperties.class);
			assertThat(properties.issuer()).isEqualTo("import-service");
			assertThat(properties.lifetime()).hasMinutes(5);
			assertThat(properties.clockSkew()).hasSeconds(60);
			assertThat(properties.toString()).doesNotContain(ServiceTokenDecodersTests.SECRET);
			String token = context.getBean(ServiceTokenMinter.class).mint("case-service", "acme", "u");
			assertThat(ServiceTokenClaims.accountOf(context.getBean(JwtDecoder.class).decode(token)))
				.isEqualTo("acme");
		});
	}

	@Test
	void datesTokensWithTheApplicationsClock() {
		Instant past = Instant.parse("2020-01-01T00:00:00Z");
		this.verifying.withBean(Clock.class, () -> Clock.fixed(past, ZoneOffset.UTC)).run((context) -> {
			String token = context.getBean(ServiceTokenMinter.class).mint("case-service", "acme", "u");
			assertThat(context.getBean(JwtDecoder.class).decode(token).getIssuedAt()).isEqualTo(past);
		});
	}

	@Test
	void givesTheSigningServiceOnlyTheMinter() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ServiceTokensAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(JwtAuthenticationProvider.class))
			.withPropertyValues("pipeline.service-tokens.secret=" + ServiceTokenDecodersTests.SECRET,
					"pipeline.service-tokens.lifetime=2m")
			.run((context) -> {
				assertThat(context).hasSingleBean(ServiceTokenMinter.class)
					.doesNotHaveBean(JwtDecoder.class)
					.doesNotHaveBean(ServiceTokenAuthenticationEntryPoint.class);
				assertThat(context.getBean(ServiceTokenProperties.class).lifetime()).hasMinutes(2);
			});
	}

	@Test
	void refusesToStartWithoutTheSecret() {
		this.verifying.withPropertyValues("pipeline.service-tokens.secret=")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("must be set (SERVICE_TOKEN_SECRET)"));
	}

	@Test
	void refusesToStartWithAShortSecret() {
		this.verifying.withPropertyValues("pipeline.service-tokens.secret=too-short")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("at least 32 characters"));
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
