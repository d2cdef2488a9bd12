package com.qbobridge.sandbox.oauth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Intuit's OpenID discovery document, pointing at this sandbox, for clients that look their endpoints up.
 */
@RestController
class DiscoveryDocument {

	@GetMapping(path = { "/.well-known/openid_configuration", "/.well-known/openid_sandbox_configuration" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> discovery() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", "https://oauth.platform.intuit.com/op/v1");
		document.put("authorization_endpoint", base + "/connect/oauth2");
		document.put("token_endpoint", base + "/oauth2/v1/tokens/bearer");
		document.put("revocation_endpoint", base + "/oauth2/v1/tokens/revoke");
		document.put("response_types_supported", List.of("code"));
		document.put("scopes_supported", List.of(AccessCheck.ACCOUNTING_SCOPE, "com.intuit.quickbooks.payment",
				"openid", "profile", "email", "phone", "address"));
		document.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
		document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
		return document;
	}

}
