package com.qbobridge.connector.security;

import com.qbobridge.servicetokens.ServiceTokenAuthenticationEntryPoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Makes the connections API an OAuth 2.0 resource server that accepts only import-service's service tokens (the
 * service-tokens starter's verifier, {@code pipeline.service-tokens.*}, audience {@code connector-service}), and
 * leaves Intuit's browser redirect and the health endpoints open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceTokenAuthenticationEntryPoint entryPoint)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/oauth/quickbooks/callback", "/webhooks/quickbooks", "/actuator/health/**", "/actuator/info",
					"/actuator/prometheus", "/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> {
			}).authenticationEntryPoint(entryPoint))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint));
		return http.build();
	}

}
