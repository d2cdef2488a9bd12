package com.qbobridge.imports.connections.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.RemoteServicesStub;
import com.qbobridge.imports.support.Upstream;
import com.qbobridge.imports.support.Users;
import com.qbobridge.schemas.connector.ConnectionStatus;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Integrations page and the connections API: connections with their state in words, connect and disconnect
 * through connector-service with a service token, and failed authorizations explained.
 */
@ImportServiceIntegrationTest
class IntegrationsPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RestTestClient client;

	@AfterEach
	void connectorBackUp() {
		RemoteServicesStub.get().connectorDown(false);
	}

	@Test
	@WithUserDetails("creditor@example.com")
	void listsConnectionsWithStatusReasonAndActions() throws Exception {
		UUID active = RemoteServicesStub.get().addConnection("acme", "Active Gardens", "ACTIVE");
		UUID expired = RemoteServicesStub.get().addConnection("acme", "Expired Bakery", "NEEDS_RECONNECT");
		UUID globex = RemoteServicesStub.get().addConnection("globex", "Globex Secret Co", "ACTIVE");
		Upstream.of("acme", expired, UUID.randomUUID())
			.statusChanged(ConnectionStatus.NEEDS_RECONNECT, ConnectionStatus.ACTIVE, "The refresh token was revoked");

		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInSameThread().untilAsserted(() -> this.mvc.perform(get("/integrations"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The refresh token was revoked"))));
		this.mvc.perform(get("/integrations"))
			.andExpect(content().string(allOf(containsString("id=\"connect-quickbooks\""),
					containsString("data-connection-id=\"" + active + "\""), containsString("Active Gardens"),
					containsString("Reconnect required"), containsString("id=\"reconnect-" + expired + "\""),
					containsString("id=\"disconnect-" + active + "\""), containsString("id=\"import-from-" + active + "\""),
					containsString("id=\"integration-xero\""), containsString("Coming soon"),
					not(containsString("Globex Secret Co")), not(containsString(globex.toString())))));
	}

	@Test
	@WithUserDetails("creditor@example.com")
	void asksToReconnectBeforeQuickBooksEndsTheConnection() throws Exception {
		RemoteServicesStub.get().addConnectionEndingOn("acme", "Ageing Plumbing", Instant.parse("2026-12-24T10:00:00Z"));
		RemoteServicesStub.get().addConnection("acme", "Young Bakery", "ACTIVE");

		String page = this.mvc.perform(get("/integrations"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("QuickBooks ends this connection on").contains("2026-12-24");
		assertThat(page.split("connection-reconnect-before", -1)).hasSize(2);
	}

	@Test
	@WithUserDetails("creditor@example.com")
	void explainsWhyConnectingFailedAndConfirmsASuccess() throws Exception {
		this.mvc.perform(get("/integrations").param("error", "access_denied"))
			.andExpect(content().string(containsString("You declined access in QuickBooks")));
		this.mvc.perform(get("/integrations").param("error", "something_odd"))
			.andExpect(content().string(allOf(containsString("QuickBooks could not be connected."),
					not(containsString("something_odd")))));
		UUID connected = RemoteServicesStub.get().addConnection("acme", "Brand New Inc", "ACTIVE");
		this.mvc.perform(get("/integrations").param("connected", connected.toString()))
			.andExpect(content().string(containsString("Brand New Inc is connected.")));
	}

	@Test
	@WithUserDetails("creditor@example.com")
	void connectSendsTheBrowserToQuickBooksWithATokenForTheUser() throws Exception {
		this.mvc.perform(post("/integrations/quickbooks/connect").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("http://qbo.test/connect/oauth2?client_id=qbo-bridge-local&state=acme-*"))
			.andExpect(cookie().httpOnly("qbo_connect", true))
			.andExpect(cookie().sameSite("qbo_connect", "Lax"))
			.andExpect(cookie().path("qbo_connect", "/integrations/quickbooks"));
		RemoteServicesStub.Call call = RemoteServicesStub.get().calls().stream()
			.filter((c) -> c.method().equals("POST") && c.path().equals("/connector/connections/quickbooks"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(call.claims().getSubject()).isEqualTo("creditor@example.com");
		assertThat(call.claims().getAudience()).containsExactly("connector-service");
		this.mvc.perform(post("/integrations/quickbooks/connect")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("creditor@example.com")
	void disconnectsAndFallsBackToTheLastKnownStateWhenTheConnectorIsDown() throws Exception {
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Leaving Ltd", "ACTIVE");
		this.mvc.perform(post("/integrations/connections/{id}/disconnect", connection).with(csrf()))
			.andExpect(redirectedUrl("/integrations?disconnected=" + connection));
		this.mvc.perform(get("/integrations").param("disconnected", connection.toString()))
			.andExpect(content().string(containsString("The company was disconnected.")));

		Upstream.of("acme", connection, UUID.randomUUID())
			.statusChanged(ConnectionStatus.DISCONNECTED, ConnectionStatus.ACTIVE, "Disconnected by the creditor");
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInSameThread().untilAsserted(() -> this.mvc.perform(get("/integrations"))
			.andExpect(content().string(containsString("Disconnected by the creditor"))));
		RemoteServicesStub.get().connectorDown(true);
		this.mvc.perform(get("/integrations"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"connector-unavailable\""),
					containsString("Disconnected by the creditor"))));
		this.mvc.perform(post("/integrations/quickbooks/connect").with(csrf()))
			.andExpect(redirectedUrl("/integrations?error=connector_unavailable"));
	}

	@Test
	void connectionsApiRelaysToTheConnectorForTheCallersAccount() {
		UUID connection = RemoteServicesStub.get().addConnection("globex", "Globex Widgets", "PERMISSION_MISSING");
		this.client.get()
			.uri("/api/connections")
			.headers(Users.GLOBEX)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == '" + connection + "')].stateLabel")
			.isEqualTo(java.util.List.of("Permission missing"))
			.jsonPath("$[?(@.id == '" + connection + "')].action")
			.value((action) -> assertThat(action.toString()).contains("accounting permission"));
		this.client.post()
			.uri("/api/connections/quickbooks")
			.headers(Users.GLOBEX)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.authorizationUrl")
			.value((url) -> assertThat(url.toString())
				.startsWith("http://qbo.test/connect/oauth2?client_id=qbo-bridge-local&state=globex-"));
		this.client.delete().uri("/api/connections/{id}", connection).headers(Users.GLOBEX).exchange()
			.expectStatus().isNoContent();
		RemoteServicesStub.get().connectorDown(true);
		this.client.get()
			.uri("/api/connections")
			.headers(Users.GLOBEX)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/service-unavailable");
	}

}
