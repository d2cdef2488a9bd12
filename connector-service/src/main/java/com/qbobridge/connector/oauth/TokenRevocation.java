package com.qbobridge.connector.oauth;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Revokes a token at Intuit's revocation endpoint (JSON body {@code {"token": ...}}, the app's credentials as Basic
 * authentication); revoking the refresh token revokes the access token with it.
 */
public class TokenRevocation {

	private static final Logger logger = LoggerFactory.getLogger(TokenRevocation.class);

	private final RestClient http;

	private final QuickBooksOAuthProperties properties;

	public TokenRevocation(RestClient http, QuickBooksOAuthProperties properties) {
		this.http = http;
		this.properties = properties;
	}

	/**
	 * Revokes a token; a failure is logged (without the token) and reported, never thrown.
	 * @param token the refresh (or access) token
	 * @return whether Intuit confirmed the revocation
	 */
	public boolean revoke(String token) {
		try {
			this.http.post()
				.uri(this.properties.revocationUri())
				.headers((headers) -> headers.setBasicAuth(this.properties.clientId(), this.properties.clientSecret()))
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(Map.of("token", token))
				.retrieve()
				.toBodilessEntity();
			return true;
		}
		catch (RestClientException ex) {
			logger.warn("Intuit did not confirm a token revocation: {}", ex.getClass().getSimpleName());
			return false;
		}
	}

}
