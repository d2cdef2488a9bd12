package com.qbobridge.imports.connections.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Binds a QuickBooks connect flow to the browser that started it (GH-15): a one-time random secret in an HttpOnly,
 * SameSite=Lax cookie scoped to the flow's pages, whose SHA-256 connector-service keeps with the flow's state. The
 * flow completes only when the browser coming back from Intuit still holds the secret, so an authorization link sent
 * to someone else connects nothing.
 */
@Component
class ConnectFlowBinding {

	static final String COOKIE = "qbo_connect";

	/** Only the completion page reads it; the pages that start a flow set it. */
	static final String PATH = "/integrations/quickbooks";

	/** Longer than the connector keeps a flow's state (10 minutes). */
	private static final Duration LIFETIME = Duration.ofMinutes(15);

	private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	/**
	 * Sets a new secret in the browser.
	 * @return its hash, for connector-service to keep with the flow
	 */
	String bind(HttpServletRequest request, HttpServletResponse response) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(secret, LIFETIME, request.isSecure()).toString());
		return hash(secret);
	}

	/**
	 * The hash of the secret the browser holds, if it holds one.
	 */
	Optional<String> boundTo(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && SECRET.matcher(cookie.getValue()).matches()) {
				return Optional.of(hash(cookie.getValue()));
			}
		}
		return Optional.empty();
	}

	/**
	 * Removes the secret: it binds one attempt only.
	 */
	void clear(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request.isSecure()).toString());
	}

	private static ResponseCookie cookie(String value, Duration maxAge, boolean secure) {
		// Lax, not Strict: the browser arrives by a top-level redirect that began at Intuit.
		return ResponseCookie.from(COOKIE, value)
			.httpOnly(true)
			.secure(secure)
			.sameSite("Lax")
			.path(PATH)
			.maxAge(maxAge)
			.build();
	}

	private static String hash(String secret) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
