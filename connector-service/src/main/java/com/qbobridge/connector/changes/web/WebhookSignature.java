package com.qbobridge.connector.changes.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Intuit's {@code intuit-signature}: base64 of HMAC-SHA256 over the raw body, keyed with the app's verifier token.
 * Checked before anything of the body is read.
 */
final class WebhookSignature {

	private WebhookSignature() {
	}

	static boolean matches(byte[] body, @Nullable String signature, String verifierToken) {
		if (signature == null || signature.isBlank()) {
			return false;
		}
		byte[] expected = sign(body, verifierToken);
		byte[] given;
		try {
			given = Base64.getDecoder().decode(signature.trim());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(expected, given);
	}

	static byte[] sign(byte[] body, String verifierToken) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(verifierToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
