package com.qbobridge.sandbox.oauth;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One authorization in progress between the authorize request and the redirect back to the app; each step moves it
 * forward so no page can be skipped.
 *
 * @param id the flow id carried in each form
 * @param clientId the app asking for access
 * @param redirectUri the registered redirect URI to answer on
 * @param scope the requested scope
 * @param state the app's opaque state, echoed back
 * @param expiresAt when the flow is abandoned
 * @param stage how far the user got
 * @param username the signed-in user, from {@link Stage#SIGNED_IN}
 * @param realmId the chosen company, from {@link Stage#COMPANY_CHOSEN}
 */
record PendingAuthorization(String id, String clientId, String redirectUri, String scope, @Nullable String state,
		Instant expiresAt, Stage stage, @Nullable String username, @Nullable String realmId) {

	PendingAuthorization signedIn(String user) {
		return new PendingAuthorization(this.id, this.clientId, this.redirectUri, this.scope, this.state,
				this.expiresAt, Stage.SIGNED_IN, user, null);
	}

	PendingAuthorization companyChosen(String realm) {
		return new PendingAuthorization(this.id, this.clientId, this.redirectUri, this.scope, this.state,
				this.expiresAt, Stage.COMPANY_CHOSEN, this.username, realm);
	}

	/** The steps of the authorize pages. */
	enum Stage {

		STARTED, SIGNED_IN, COMPANY_CHOSEN

	}

}
