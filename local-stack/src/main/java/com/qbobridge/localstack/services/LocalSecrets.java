package com.qbobridge.localstack.services;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import com.qbobridge.servicetokens.ServiceTokenKeys;

/**
 * The secrets of one local run, random every time so that none is ever committed or reused: the key pair that signs
 * and verifies service tokens, the QuickBooks OAuth client secret shared by qbo-sandbox and the connector, the key that
 * encrypts stored OAuth tokens and the webhook verifier token. {@link #toString()} never shows them.
 *
 * @param serviceTokenKeys the ES256 key pair of service tokens: the private key for import-service, the public JWK
 * set for connector-service and case-service
 * @param qboClientId the OAuth client id the sandbox knows
 * @param qboClientSecret the OAuth client secret, 32 random bytes in base64url
 * @param tokenEncryptionKey AES-256 key for OAuth tokens at rest, 32 random bytes in base64
 * @param tokenEncryptionKeyId the id stored next to each encrypted token
 * @param webhookVerifierToken the verifier token that signs the sandbox's webhooks and that the connector checks
 * them with, 32 random bytes in base64url
 */
public record LocalSecrets(ServiceTokenKeys serviceTokenKeys, String qboClientId, String qboClientSecret,
		String tokenEncryptionKey, String tokenEncryptionKeyId, String webhookVerifierToken) {

	/** The client id the sandbox is configured with, see CONTRIBUTING.md. */
	public static final String QBO_CLIENT_ID = "qbo-bridge-local";

	public LocalSecrets {
		Objects.requireNonNull(serviceTokenKeys, "serviceTokenKeys must not be null");
		Objects.requireNonNull(qboClientId, "qboClientId must not be null");
		Objects.requireNonNull(qboClientSecret, "qboClientSecret must not be null");
		Objects.requireNonNull(tokenEncryptionKey, "tokenEncryptionKey must not be null");
		Objects.requireNonNull(tokenEncryptionKeyId, "tokenEncryptionKeyId must not be null");
		Objects.requireNonNull(webhookVerifierToken, "webhookVerifierToken must not be null");
	}

	/**
	 * Fresh random secrets.
	 * @param random the source of randomness
	 * @return the secrets of a new run
	 */
	public static LocalSecrets generate(SecureRandom random) {
		return new LocalSecrets(ServiceTokenKeys.generate(), QBO_CLIENT_ID,
				Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(random, 32)),
				Base64.getEncoder().encodeToString(bytes(random, 32)), "local-" + Long.toHexString(random.nextLong()),
				Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(random, 32)));
	}

	private static byte[] bytes(SecureRandom random, int count) {
		byte[] bytes = new byte[count];
		random.nextBytes(bytes);
		return bytes;
	}

	@Override
	public String toString() {
		return "LocalSecrets[qboClientId=" + this.qboClientId + ", tokenEncryptionKeyId=" + this.tokenEncryptionKeyId
				+ ", secrets hidden]";
	}

}
