package com.qbobridge.sandbox.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The registered client apps, and HTTP Basic client authentication against them.
 */
@Component
public class ClientApps {

	private final Map<String, ClientApp> apps = new ConcurrentHashMap<>();

	/** Registers the app, replacing one with the same client id. */
	public void put(ClientApp app) {
		this.apps.put(app.clientId(), app);
	}

	public Optional<ClientApp> find(String clientId) {
		return Optional.ofNullable(this.apps.get(clientId));
	}

	/** The app whose id and secret the {@code Authorization: Basic ...} header carries, if they match. */
	public Optional<ClientApp> authenticate(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		String clientId = decoded.substring(0, colon);
		String secret = decoded.substring(colon + 1);
		Optional<ClientApp> plain = match(clientId, secret);
		if (plain.isPresent()) {
			return plain;
		}
		// RFC 6749 2.3.1 form-encodes id and secret before Base64; some clients (Spring Security) do.
		try {
			return match(URLDecoder.decode(clientId, StandardCharsets.UTF_8), URLDecoder.decode(secret, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private Optional<ClientApp> match(String clientId, String secret) {
		return find(clientId).filter((app) -> MessageDigest.isEqual(app.clientSecret().getBytes(StandardCharsets.UTF_8),
				secret.getBytes(StandardCharsets.UTF_8)));
	}

}
