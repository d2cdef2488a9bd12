package com.qbobridge.servicetokens;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Gives every service that has this module the same service-token settings ({@code pipeline.service-tokens.*}) and
 * the {@link ServiceTokenMinter}; a service that is an OAuth2 resource server also gets the verifying
 * {@link JwtDecoder} and the {@link ServiceTokenAuthenticationEntryPoint} to wire into its own security rules. A
 * service that sets no {@code pipeline.service-tokens.secret} gets none of it.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnProperty(prefix = "pipeline.service-tokens", name = "secret")
@EnableConfigurationProperties(ServiceTokenProperties.class)
public final class ServiceTokensAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ServiceTokenMinter serviceTokenMinter(ServiceTokenProperties properties, ObjectProvider<Clock> clock) {
		return new ServiceTokenMinter(properties, clock.getIfUnique(Clock::systemUTC));
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

}
