package com.qbobridge.connector.security;

import com.qbobridge.servicetokens.ServiceTokenDecoders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Makes the connections API an OAuth 2.0 resource server that accepts only import-service's service tokens, and
 * leaves Intuit's browser redirect and the health endpoints open.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceTokenProperties.class)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/oauth/quickbooks/callback", "/webhooks/quickbooks", "/actuator/health/**", "/actuator/info",
					"/actuator/prometheus", "/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	JwtDecoder serviceTokenDecoder(ServiceTokenProperties properties) {
		return ServiceTokenDecoders.forAudience(properties.secret(), properties.issuer(), properties.audience());
	}

}
