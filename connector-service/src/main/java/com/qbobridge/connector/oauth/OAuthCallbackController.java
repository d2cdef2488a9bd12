package com.qbobridge.connector.oauth;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The redirect URI registered with Intuit: the creditor's browser arrives here after consenting (or refusing) and is
 * sent on to import-service, which completes the flow only for the browser that started it.
 */
@RestController
class OAuthCallbackController {

	private final ConnectFlow flow;

	OAuthCallbackController(ConnectFlow flow) {
		this.flow = flow;
	}

	@GetMapping("/oauth/quickbooks/callback")
	ResponseEntity<Void> callback(HttpServletRequest request, HttpServletResponse response) {
		URI next = this.flow.answered(request, response);
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, next.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.build();
	}

}
