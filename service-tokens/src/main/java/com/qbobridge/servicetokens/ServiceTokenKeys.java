package com.qbobridge.servicetokens;

import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import org.springframework.util.Assert;

/**
 * The key pair service tokens are signed with: import-service holds the private EC P-256 key (ES256) as a JWK and
 * publishes only the public half as a JWK set, so the services that verify tokens can never mint one.
 *
 * @param signingKey the private key as a JWK (JSON), for import-service only; never logged
 * @param jwkSet the public key as a JWK set (JSON), for the services that verify tokens
 */
public record ServiceTokenKeys(String signingKey, String jwkSet) {

	/**
	 * A key pair as the two JSON values a deployment passes to the services.
	 * @param signingKey the private JWK, must not be blank
	 * @param jwkSet the public JWK set, must not be blank
	 */
	public ServiceTokenKeys {
		Assert.hasText(signingKey, "signingKey must not be blank");
		Assert.hasText(jwkSet, "jwkSet must not be blank");
	}

	/**
	 * A fresh key pair, e.g. for one run of the local stack or of a test suite.
	 * @return the pair, its key id the RFC 7638 thumbprint of the public key
	 */
	public static ServiceTokenKeys generate() {
		try {
			ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.ES256)
				.keyIDFromThumbprint(true)
				.generate();
			return new ServiceTokenKeys(key.toJSONString(), new JWKSet(key.toPublicJWK()).toString());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate a service-token key pair", ex);
		}
	}

	/**
	 * Reads a private signing key.
	 * @param json the private EC P-256 JWK
	 * @return the key, with its key id (the thumbprint when the JWK names none)
	 * @throws IllegalArgumentException if it is not a private EC P-256 JWK
	 */
	public static ECKey signingKeyOf(String json) {
		Assert.hasText(json, "the signing key must not be blank");
		try {
			JWK jwk = JWK.parse(json);
			if (!(jwk instanceof ECKey key) || !Curve.P_256.equals(key.getCurve()) || !key.isPrivate()) {
				throw new IllegalArgumentException("The signing key must be a private EC P-256 JWK (ES256)");
			}
			return (key.getKeyID() != null) ? key
					: new ECKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalArgumentException("The signing key is not a JWK", ex);
		}
	}

	/**
	 * Reads a public JWK set, refusing one that contains a private key.
	 * @param json the JWK set
	 * @return the set
	 * @throws IllegalArgumentException if it is not a JWK set of public keys
	 */
	public static JWKSet jwkSetOf(String json) {
		Assert.hasText(json, "the JWK set must not be blank");
		try {
			JWKSet set = JWKSet.parse(json);
			if (set.getKeys().isEmpty() || set.getKeys().stream().anyMatch(JWK::isPrivate)) {
				throw new IllegalArgumentException("The JWK set must hold public keys only");
			}
			return set;
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("The JWK set is not valid JSON Web Key set", ex);
		}
	}

	/**
	 * The public half of a signing key, as the JWK set import-service publishes.
	 * @param signingKey the private JWK
	 * @return the JWK set with the one public key
	 */
	public static String jwkSetFor(String signingKey) {
		return new JWKSet(signingKeyOf(signingKey).toPublicJWK()).toString();
	}

	/**
	 * Prints a fresh key pair as the two environment variables the services read, for operators creating one.
	 * @param args ignored
	 */
	public static void main(String[] args) {
		ServiceTokenKeys keys = generate();
		System.out.println("SERVICE_TOKEN_SIGNING_KEY=" + keys.signingKey());
		System.out.println("SERVICE_TOKEN_JWK_SET=" + keys.jwkSet());
	}

	@Override
	public String toString() {
		return "ServiceTokenKeys[jwkSet=" + this.jwkSet + "]";
	}

}
