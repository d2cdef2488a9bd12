package com.qbobridge.servicetokens;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.authentication.InsufficientAuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTokenAuthenticationEntryPointTests {

	private final ServiceTokenAuthenticationEntryPoint entryPoint = new ServiceTokenAuthenticationEntryPoint(
			"import-service");

	@Test
	void answersAMissingTokenWithAProblemAndTheBearerChallenge() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.entryPoint.commence(new MockHttpServletRequest("GET", "/cases"), response,
				new InsufficientAuthenticationException("Full authentication is required"));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(JsonMapper.builder().build().readValue(response.getContentAsString(), Map.class))
			.containsExactlyInAnyOrderEntriesOf(Map.of("type", "https://qbobridge.com/problems/invalid-service-token", "title",
					"Invalid service token", "status", 401, "detail",
					"A valid service token from import-service is required", "instance", "/cases"));
	}

	@Test
	void namesTheInvalidTokenInTheChallengeButNeverRepeatsIt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/connections");
		request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer secret-looking-token");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.entryPoint.commence(request, response, new OAuth2AuthenticationException(
				new OAuth2Error("invalid_token", "The token is not meant for case-service", null)));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer error=\"invalid_token\"");
		assertThat(response.getContentAsString()).contains("\"status\":401")
			.doesNotContain("secret-looking-token");
	}

}
