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
		assertThat(AuthorizationErrors.describe("weird")).isEqualTo("QuickBooks could not be connected (weird). Please try again.");
	}

}
