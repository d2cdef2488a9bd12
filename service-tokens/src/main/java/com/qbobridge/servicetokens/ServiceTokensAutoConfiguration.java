package com.qbobridge.servicetokens;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Gives every service that has this module the same service-token settings ({@code pipeline.service-tokens.*}). The
 * service with a {@code signing-key} gets the {@link ServiceTokenMinter} and publishes the public half at
 * {@value ServiceTokenProperties#JWK_SET_PATH}; a service that is an OAuth2 resource server gets the verifying
 * {@link JwtDecoder} and the {@link ServiceTokenAuthenticationEntryPoint} to wire into its own security rules. A
 * service that names no key ({@code signing-key}, {@code jwk-set} or {@code jwk-set-uri}) gets none of it.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@Conditional(ServiceTokensAutoConfiguration.KeyNamed.class)
@EnableConfigurationProperties(ServiceTokenProperties.class)
public final class ServiceTokensAutoConfiguration {

	/**
	 * The signing side, for the one service that holds the private key.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(prefix = "pipeline.service-tokens", name = "signing-key")
	static class Signing {

		@Bean
		@ConditionalOnMissingBean
		ServiceTokenMinter serviceTokenMinter(ServiceTokenProperties properties, ObjectProvider<Clock> clock) {
			return new ServiceTokenMinter(properties, clock.getIfUnique(Clock::systemUTC));
		}

		@Bean
		@ConditionalOnClass(RouterFunction.class)
		@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
		RouterFunction<ServerResponse> serviceTokenJwkSet(ServiceTokenMinter minter) {
			MediaType jwkSet = MediaType.parseMediaType("application/jwk-set+json");
			return RouterFunctions.route()
				.GET(ServiceTokenProperties.JWK_SET_PATH,
						(request) -> ServerResponse.ok().contentType(jwkSet).body(minter.jwkSet()))
				.build();
		}

	}

	/**
	 * The verifying side, for services that are resource servers.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JwtAuthenticationProvider.class)
	static class Verification {

		@Bean
		@ConditionalOnMissingBean(JwtDecoder.class)
		JwtDecoder serviceTokenDecoder(ServiceTokenProperties properties, ObjectProvider<Clock> clock) {
			return ServiceTokenDecoders.forThisService(properties, clock.getIfUnique(Clock::systemUTC));
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
		ServiceTokenAuthenticationEntryPoint serviceTokenAuthenticationEntryPoint(ServiceTokenProperties properties) {
			return new ServiceTokenAuthenticationEntryPoint(properties.issuer());
		}

	}

	/**
	 * Matches when any of the three ways to name a key is configured (an empty value counts, so that a missing
	 * environment variable fails validation with its name instead of leaving the service unprotected).
	 */
	static final class KeyNamed extends AnyNestedCondition {

		KeyNamed() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty(prefix = "pipeline.service-tokens", name = "signing-key")
		static final class SigningKey {

		}

		@ConditionalOnProperty(prefix = "pipeline.service-tokens", name = "jwk-set")
		static final class JwkSet {

		}

		@ConditionalOnProperty(prefix = "pipeline.service-tokens", name = "jwk-set-uri")
		static final class JwkSetUri {

		}

	}

}
