package com.qbobridge.connector.oauth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenCipherTests {

	private static final String TOKEN = "eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..refresh-AB11764072751";

	@Test
	void roundTripsAndNeverWritesThePlaintext() {
		TokenCipher cipher = new TokenCipher(new TokenEncryptionProperties(newKey(), "k1", null));

		byte[] sealed = cipher.encrypt(TOKEN, "c1/refresh");

		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("refresh-AB11");
		assertThat(cipher.decrypt(sealed, "k1", "c1/refresh")).isEqualTo(TOKEN);
	}

	@Test
	void usesAFreshIvForEveryEncryption() {
		TokenCipher cipher = new TokenCipher(new TokenEncryptionProperties(newKey(), "k1", null));

		assertThat(cipher.encrypt(TOKEN, "c1/access")).isNotEqualTo(cipher.encrypt(TOKEN, "c1/access"));
	}

	@Test
	void refusesACiphertextMovedToAnotherRowOrTamperedWith() {
		TokenCipher cipher = new TokenCipher(new TokenEncryptionProperties(newKey(), "k1", null));
		byte[] sealed = cipher.encrypt(TOKEN, "c1/refresh");

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> cipher.decrypt(sealed, "k1", "c2/refresh"));
		sealed[sealed.length - 1] ^= 1;
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> cipher.decrypt(sealed, "k1", "c1/refresh"));
	}

	@Test
	void readsTokensWrittenWithAnEarlierKeyAfterRotation() {
		String oldKey = newKey();
		byte[] sealed = new TokenCipher(new TokenEncryptionProperties(oldKey, "k1", null)).encrypt(TOKEN, "c1/access");

		TokenCipher rotated = new TokenCipher(new TokenEncryptionProperties(newKey(), "k2", Map.of("k1", oldKey)));

		assertThat(rotated.currentKeyId()).isEqualTo("k2");
		assertThat(rotated.decrypt(sealed, "k1", "c1/access")).isEqualTo(TOKEN);
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new TokenCipher(new TokenEncryptionProperties(newKey(), "k3", null))
				.decrypt(sealed, "k1", "c1/access"))
			.withMessageContaining("k1");
	}

	@Test
	void acceptsOnlyAes256Keys() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TokenCipher(new TokenEncryptionProperties(shortKey, "k1", null)))
			.withMessageContaining("32 bytes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TokenCipher(new TokenEncryptionProperties("not base64!", "k1", null)));
	}

	@Test
	void neverShowsTokensOrKeysInToString() {
		String key = newKey();
		Tokens tokens = new Tokens("access-secret", java.time.Instant.now(), "refresh-secret", null);

		assertThat(tokens.toString()).doesNotContain("access-secret").doesNotContain("refresh-secret");
		assertThat(new TokenEncryptionProperties(key, "k1", Map.of("k0", key)).toString()).doesNotContain(key);
	}

	static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
