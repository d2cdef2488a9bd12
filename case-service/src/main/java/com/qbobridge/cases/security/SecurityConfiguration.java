package com.qbobridge.cases.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * case-service is an OAuth2 resource server for import-service's service tokens: every request but health, info and
 * the Prometheus scrape needs a token signed with the shared secret, issued by import-service, addressed to
 * case-service, unexpired, at most five minutes long, and naming an account. Stateless: no session, no CSRF (no cookies are ever accepted).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/** Tokens live at most this long (CONTRIBUTING.md), plus clock skew. */
	private static final Duration MAX_LIFETIME = Duration.ofMinutes(5).plusSeconds(60);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
					"/actuator/prometheus")
			.permitAll()
			.anyRequest()
			.authenticated())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> {
			}).authenticationEntryPoint(entryPoint))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	JwtDecoder jwtDecoder(ServiceTokenProperties properties) {
		SecretKey key = new SecretKeySpec(properties.serviceTokenSecret().getBytes(StandardCharsets.UTF_8),
				"HmacSHA256");
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuer()),
				new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
						(audience) -> audience != null && audience.contains(properties.audience())),
				new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
				new JwtClaimValidator<String>(ServiceTokens.ACCOUNT_CLAIM,
						(account) -> account != null && !account.isBlank()),
				SecurityConfiguration::shortLived));
		return decoder;
	}

	private static OAuth2TokenValidatorResult shortLived(Jwt jwt) {
		Instant issued = jwt.getIssuedAt();
		Instant expires = jwt.getExpiresAt();
		if (issued != null && expires != null && Duration.between(issued, expires).compareTo(MAX_LIFETIME) > 0) {
			return OAuth2TokenValidatorResult
				.failure(new OAuth2Error("invalid_token", "Service tokens live at most five minutes", null));
		}
		return OAuth2TokenValidatorResult.success();
	}

}
