package com.qbobridge.sandbox.data;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import com.qbobridge.sandbox.data.SandboxDataProperties.ClientDefinition;
import com.qbobridge.sandbox.oauth.SandboxUser;
import com.qbobridge.sandbox.oauth.SandboxUsers;

/**
 * Tells whoever started the sandbox where its login page and API are, and how to sign in.
 */
@Component
class StartupReport {

	private static final Logger logger = LoggerFactory.getLogger(StartupReport.class);

	private final SandboxDataProperties properties;

	private final Environment environment;

	private final SandboxUsers users;

	StartupReport(SandboxDataProperties properties, Environment environment, SandboxUsers users) {
		this.properties = properties;
		this.users = users;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8090"));
		String base = this.environment.getProperty("sandbox.public-base-url", "http://localhost:" + port);
		StringBuilder report = new StringBuilder("\n\nQBO sandbox is ready\n");
		for (ClientDefinition client : this.properties.clients()) {
			String redirectUri = client.redirectUris().isEmpty() ? "" : client.redirectUris().get(0);
			report.append("  Login page (app ").append(client.clientId()).append("): ").append(base)
				.append("/connect/oauth2?client_id=").append(encode(client.clientId()))
				.append("&redirect_uri=").append(encode(redirectUri))
				.append("&response_type=code&scope=com.intuit.quickbooks.accounting&state=local-run\n");
		}
		report.append("  Token endpoint:     ").append(base).append("/oauth2/v1/tokens/bearer\n");
		report.append("  Revoke endpoint:    ").append(base).append("/oauth2/v1/tokens/revoke\n");
		report.append("  Accounting API:     ").append(base).append("/v3/company/{realmId}/query?query=...&minorversion=75\n");
		report.append("  Admin API:          ").append(base).append("/admin (see qbo-sandbox/README.md)\n");
		for (SandboxUser user : this.users.all()) {
			// The sandbox users are fake demo accounts; showing their password is the point.
			report.append("  Sandbox login:      ").append(user.username()).append(" / ").append(user.password())
				.append("  companies ").append(user.realmIds()).append('\n');
		}
		logger.info(report.toString());
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

}
