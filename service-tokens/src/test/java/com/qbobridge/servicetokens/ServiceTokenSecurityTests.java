package com.qbobridge.servicetokens;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A resource server wired as the services wire it, with nothing but the starter's beans: a token from the minter gets
 * through, a refused one gets the 401 problem.
 */
@SpringBootTest(classes = ServiceTokenSecurityTests.Service.class,
		properties = { "pipeline.service-tokens.signing-key=${test.signing-key}",
				"pipeline.service-tokens.jwk-set=${test.jwk-set}", "pipeline.service-tokens.audience=case-service" })
@AutoConfigureMockMvc
class ServiceTokenSecurityTests {

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("test.signing-key", ServiceTokenDecodersTests.KEYS::signingKey);
		registry.add("test.jwk-set", ServiceTokenDecodersTests.KEYS::jwkSet);
	}

	@Autowired
	ServiceTokenMinter minter;

	@Test
	void letsATokenFromTheMinterThroughScopedToItsAccount() throws Exception {
		this.mvc
			.perform(get("/account").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + this.minter.mint("case-service", "acme", "u")))
			.andExpect(status().isOk())
			.andExpect(content().string("acme"));
	}

	@Test
	void answersAMissingTokenWithTheProblem() throws Exception {
		this.mvc.perform(get("/account"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Bearer")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://qbobridge.com/problems/invalid-service-token"))
			.andExpect(jsonPath("$.title").value("Invalid service token"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value("A valid service token from import-service is required"));
	}

	@Test
	void answersARefusedTokenWithTheProblemAndTheReasonInTheChallenge() throws Exception {
		ServiceTokenMinter early = ServiceTokenDecodersTests.minter(ServiceTokenDecodersTests.KEYS,
				Instant.now().plus(Duration.ofMinutes(3)));
		for (String token : new String[] { this.minter.mint("connector-service", "acme", "u"),
				early.mint("case-service", "acme", "u"), "not-a-jwt" }) {
			this.mvc.perform(get("/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
						org.hamcrest.Matchers.startsWith("Bearer error=\"invalid_token\"")))
				.andExpect(jsonPath("$.type").value("https://qbobridge.com/problems/invalid-service-token"));
		}
	}

	@Test
	void publishesThePublicKeyForTheVerifyingServices() throws Exception {
		this.mvc.perform(get(ServiceTokenProperties.JWK_SET_PATH))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/jwk-set+json"))
			.andExpect(content().json(ServiceTokenDecodersTests.KEYS.jwkSet()))
			.andExpect(jsonPath("$.keys[0].d").doesNotExist());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Service {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceTokenAuthenticationEntryPoint entryPoint)
				throws Exception {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers(ServiceTokenProperties.JWK_SET_PATH)
				.permitAll()
				.anyRequest()
				.authenticated())
				.oauth2ResourceServer(
						(server) -> server.jwt(Customizer.withDefaults()).authenticationEntryPoint(entryPoint))
				.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint))
				.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf((csrf) -> csrf.disable());
			return http.build();
		}

		@Bean
		AccountController accountController() {
			return new AccountController();
		}

	}

	@RestController
	static class AccountController {

		@GetMapping("/account")
		String account(Authentication caller) {
			return ServiceTokenClaims.accountOf(caller);
		}

	}

}
