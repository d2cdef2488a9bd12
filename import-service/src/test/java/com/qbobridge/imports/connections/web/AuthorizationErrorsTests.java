package com.qbobridge.imports.connections.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationErrorsTests {

	@Test
	void saysInWordsWhyConnectingFailed() {
		assertThat(AuthorizationErrors.describe("access_denied")).startsWith("You declined access in QuickBooks");
		assertThat(AuthorizationErrors.describe("ACCESS_DENIED")).startsWith("You declined access in QuickBooks");
		assertThat(AuthorizationErrors.describe("invalid_state")).contains("expired");
		assertThat(AuthorizationErrors.describe("server_error")).contains("Try again later");
		// GH-15: an unknown code is the visitor's to write, so it is not shown.
		assertThat(AuthorizationErrors.describe("<b>weird</b>")).isEqualTo("QuickBooks could not be connected. Please try again.");
	}

}
