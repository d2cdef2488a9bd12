package com.qbobridge.sandbox.oauth;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intuit's token and revoke endpoints ({@code /oauth2/v1/tokens/bearer}, {@code /oauth2/v1/tokens/revoke}), client
 * authentication by HTTP Basic, errors as bare OAuth {@code {"error":"..."}} bodies.
 */
@RestController
class TokenEndpoint {

	private static final String HARD_EXPIRY_HEADER = "x-include-refresh-token-hard-expires-in";

	private final ClientApps clients;

	private final Grants grants;

	TokenEndpoint(ClientApps clients, Grants grants) {
		this.clients = clients;
		this.grants = grants;
	}

	@PostMapping(path = "/oauth2/v1/tokens/bearer", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> token(@RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
			@RequestHeader(name = HARD_EXPIRY_HEADER, required = false) @Nullable String includeHardExpiry,
			@RequestParam MultiValueMap<String, String> form) {
		ClientApp client = this.clients.authenticate(authorization).orElse(null);
		if (client == null) {
			return error(HttpStatus.UNAUTHORIZED, "invalid_client");
		}
		boolean hard = "true".equalsIgnoreCase(includeHardExpiry);
		String grantType = form.getFirst("grant_type");
		try {
			if ("authorization_code".equals(grantType)) {
				String code = form.getFirst("code");
				String redirectUri = form.getFirst("redirect_uri");
				if (!StringUtils.hasText(code) || !StringUtils.hasText(redirectUri)) {
					return error(HttpStatus.BAD_REQUEST, "invalid_request");
				}
				return ok(this.grants.exchangeCode(client, code, redirectUri, hard));
			}
			if ("refresh_token".equals(grantType)) {
				String refreshToken = form.getFirst("refresh_token");
				if (!StringUtils.hasText(refreshToken)) {
					return error(HttpStatus.BAD_REQUEST, "invalid_request");
				}
				return ok(this.grants.refresh(client, refreshToken, hard));
			}
			return error(HttpStatus.BAD_REQUEST, StringUtils.hasText(grantType) ? "unsupported_grant_type"
					: "invalid_request");
		}
		catch (InvalidGrant ex) {
			return error(HttpStatus.BAD_REQUEST, "invalid_grant");
		}
	}

	@PostMapping(path = { "/oauth2/v1/tokens/revoke", "/v2/oauth2/tokens/revoke" },
			consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> revoke(@RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
			@RequestBody Map<String, Object> body) {
		Object token = body.get("token");
		return revoke(authorization, (token != null) ? token.toString() : null);
	}

	@PostMapping(path = { "/oauth2/v1/tokens/revoke", "/v2/oauth2/tokens/revoke" },
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<?> revokeForm(
			@RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
			@RequestParam MultiValueMap<String, String> form) {
		return revoke(authorization, form.getFirst("token"));
	}

	private ResponseEntity<?> revoke(@Nullable String authorization, @Nullable String token) {
		ClientApp client = this.clients.authenticate(authorization).orElse(null);
		if (client == null) {
			return error(HttpStatus.UNAUTHORIZED, "invalid_client");
		}
		if (!StringUtils.hasText(token)) {
			return error(HttpStatus.BAD_REQUEST, "invalid_request");
		}
		this.grants.revoke(client, token);
		return ResponseEntity.ok().build();
	}

	private static ResponseEntity<TokenResponse> ok(TokenResponse response) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(response);
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String error) {
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", error));
	}

}
