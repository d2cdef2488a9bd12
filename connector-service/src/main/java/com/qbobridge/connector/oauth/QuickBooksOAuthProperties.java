package com.qbobridge.connector.oauth;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the connector talks to Intuit's OAuth 2.0 server: the app's credentials and the server's URLs, which differ
 * between qbo-sandbox, Intuit's development environment and production only by configuration.
 *
 * @param clientId the app's client id
 * @param clientSecret the app's client secret, from {@code QBO_CLIENT_SECRET} only
 * @param authorizationUri where the browser is sent to sign in and consent
 * @param tokenUri where codes and refresh tokens are exchanged
 * @param revocationUri where tokens are revoked on disconnect
 * @param redirectUri the callback registered with Intuit, served by this service
 * @param scopes the scopes asked for, {@code com.intuit.quickbooks.accounting}
 * @param refreshSkew how long before its expiry an access token is renewed
 * @param refreshEventAfter how long a refresh may take before its end is published (REFRESHING to ACTIVE)
 * @param stateLifetime how long a started connect flow may take
 * @param timeout how long a call to the OAuth server may take
 */
@Validated
@ConfigurationProperties("pipeline.connector.oauth")
public record QuickBooksOAuthProperties(@NotBlank String clientId, @NotBlank String clientSecret,
		@NotNull URI authorizationUri, @NotNull URI tokenUri, @NotNull URI revocationUri, @NotNull URI redirectUri,
		@NotEmpty List<String> scopes, @NotNull Duration refreshSkew, @NotNull Duration refreshEventAfter,
		@NotNull Duration stateLifetime,
		@NotNull Duration timeout) {

	@Override
	public String toString() {
		return "QuickBooksOAuthProperties[clientId=" + this.clientId + ", tokenUri=" + this.tokenUri + "]";
	}

}
