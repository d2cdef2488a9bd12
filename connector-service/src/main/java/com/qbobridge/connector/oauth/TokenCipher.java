package com.qbobridge.connector.oauth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.util.Assert;

/**
 * Encrypts OAuth tokens with AES-256-GCM before they reach the database, so that a database dump reveals no usable
 * token. Each ciphertext is {@code iv || ciphertext+tag} and is bound (as associated data) to the row and field it
 * belongs to, so that a ciphertext copied to another connection does not decrypt.
 */
public class TokenCipher {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final String currentKeyId;

	private final Map<String, SecretKey> keys;

	/**
	 * Creates a cipher from configuration.
	 * @param properties the keys, must not be null
	 */
	public TokenCipher(TokenEncryptionProperties properties) {
		Assert.notNull(properties, "properties must not be null");
		Map<String, SecretKey> keys = new HashMap<>();
		properties.previousKeys().forEach((id, key) -> keys.put(id, key(id, key)));
		keys.put(properties.encryptionKeyId(), key(properties.encryptionKeyId(), properties.encryptionKey()));
		this.currentKeyId = properties.encryptionKeyId();
		this.keys = Map.copyOf(keys);
	}

	/**
	 * The id of the key new ciphertexts are written with.
	 * @return the current key id
	 */
	public String currentKeyId() {
		return this.currentKeyId;
	}

	/**
	 * Encrypts a token with the current key.
	 * @param plaintext the token, must not be null
	 * @param context what the token belongs to, e.g. {@code <connectionId>/refresh}; needed again to decrypt
	 * @return {@code iv || ciphertext+tag}
	 */
	public byte[] encrypt(String plaintext, String context) {
		Assert.notNull(plaintext, "plaintext must not be null");
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a token", ex);
		}
	}

	/**
	 * Decrypts a token written with the current or an earlier key.
	 * @param ciphertext {@code iv || ciphertext+tag}
	 * @param keyId the id of the key it was written with
	 * @param context the context it was encrypted with
	 * @return the token
	 * @throws IllegalStateException when the key is unknown or the ciphertext was tampered with
	 */
	public String decrypt(byte[] ciphertext, String keyId, String context) {
		SecretKey key = this.keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("No token encryption key with id '" + keyId + "' is configured");
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 0, IV_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(ciphertext, IV_BYTES, ciphertext.length - IV_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt a token (wrong key or tampered ciphertext)", ex);
		}
	}

	private static SecretKey key(String id, String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Token encryption key '" + id + "' is not base64", ex);
		}
		if (bytes.length != 32) {
			throw new IllegalArgumentException(
					"Token encryption key '" + id + "' must be 32 bytes (AES-256), not " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

}
