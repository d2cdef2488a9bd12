package com.qbobridge.sandbox.oauth;

/**
 * Thrown when a code or refresh token cannot be used (unknown, expired, rotated away, reused or revoked); Intuit
 * answers {@code 400 {"error":"invalid_grant"}}.
 */
public class InvalidGrant extends RuntimeException {

	public InvalidGrant(String reason) {
		super(reason);
	}

}
