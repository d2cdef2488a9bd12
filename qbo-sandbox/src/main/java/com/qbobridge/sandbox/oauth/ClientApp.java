package com.qbobridge.sandbox.oauth;

import java.util.List;

import org.springframework.util.Assert;

/**
 * An app registered with the sandbox, as an app is registered on Intuit's developer portal.
 *
 * @param clientId the client id
 * @param clientSecret the client secret, checked by HTTP Basic on the token endpoints
 * @param redirectUris the exact redirect URIs the authorize page accepts
 */
public record ClientApp(String clientId, String clientSecret, List<String> redirectUris) {

	public ClientApp {
		Assert.hasText(clientId, "clientId must not be empty");
		Assert.hasText(clientSecret, "clientSecret must not be empty");
		redirectUris = (redirectUris != null) ? List.copyOf(redirectUris) : List.of();
	}

	@Override
	public String toString() {
		return "ClientApp[clientId=" + this.clientId + ", redirectUris=" + this.redirectUris + "]";
	}

}
