package com.qbobridge.connector.oauth;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The AES-256 keys OAuth tokens are encrypted with at rest: the current one, used for every write, and earlier ones
 * still needed to read tokens written before a key rotation.
 *
 * @param encryptionKey the current key, base64 of 32 bytes, from {@code TOKEN_ENCRYPTION_KEY} only
 * @param encryptionKeyId the current key's id, stored with every ciphertext
 * @param previousKeys earlier keys by id, base64 of 32 bytes each
 */
@Validated
@ConfigurationProperties("pipeline.connector.tokens")
public record TokenEncryptionProperties(@NotBlank String encryptionKey, @NotBlank String encryptionKeyId,
		@Nullable Map<String, String> previousKeys) {

	public TokenEncryptionProperties {
		previousKeys = (previousKeys != null) ? Map.copyOf(previousKeys) : Map.of();
	}

	@Override
	public String toString() {
		return "TokenEncryptionProperties[encryptionKeyId=" + this.encryptionKeyId + ", previousKeys="
				+ this.previousKeys.keySet() + "]";
	}

}
