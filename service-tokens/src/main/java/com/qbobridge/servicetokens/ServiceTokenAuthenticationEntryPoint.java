package com.qbobridge.servicetokens;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.Assert;

/**
 * Answers a missing or invalid service token with 401, the standard {@code WWW-Authenticate: Bearer} challenge and
 * an RFC 9457 problem body ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}), the same
 * in every service that verifies tokens. The body never repeats the token.
 */
public class ServiceTokenAuthenticationEntryPoint implements AuthenticationEntryPoint {

	/** The problem type of a refused service token. */
	public static final URI PROBLEM_TYPE = URI.create("https://qbobridge.com/problems/invalid-service-token");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final String issuer;

	/**
	 * An entry point naming the service whose tokens are expected.
	 * @param issuer the issuer of service tokens, e.g. {@code import-service}; must not be blank
	 */
	public ServiceTokenAuthenticationEntryPoint(String issuer) {
		Assert.hasText(issuer, "issuer must not be blank");
		this.issuer = issuer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.challenge.commence(request, response, authException);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", PROBLEM_TYPE.toString());
		problem.put("title", "Invalid service token");
		problem.put("status", HttpStatus.UNAUTHORIZED.value());
		problem.put("detail", "A valid service token from " + this.issuer + " is required");
		problem.put("instance", request.getRequestURI());
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
