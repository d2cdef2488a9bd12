package com.qbobridge.localstack.services;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jose.jwk.Curve;
import org.junit.jupiter.api.Test;

import com.qbobridge.localstack.postgres.DatabaseServer;
import com.qbobridge.servicetokens.ServiceTokenKeys;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTests {

	private static final DatabaseServer DATABASE = new DatabaseServer("jdbc:postgresql://localhost:15432/postgres",
			"postgres", "pw");

	private final LocalSecrets secrets = LocalSecrets.generate(new SecureRandom());

	@Test
	void givesTheConnectorKafkaItsDatabaseTheSandboxProfileAndEverySecretItVerifiesOrUses() {
		Map<String, String> environment = environmentOf(ServiceDefinition.CONNECTOR);

		assertThat(environment).containsEntry("SERVER_PORT", "8081")
			.containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
			.containsEntry("DATABASE_URL", "jdbc:postgresql://localhost:15432/connector")
			.containsEntry("DATABASE_USERNAME", "postgres")
			.containsEntry("DATABASE_PASSWORD", "pw")
			.containsEntry("SERVICE_TOKEN_JWK_SET", this.secrets.serviceTokenKeys().jwkSet())
			.doesNotContainKey("SERVICE_TOKEN_SIGNING_KEY")
			.containsEntry("QBO_CLIENT_ID", "qbo-bridge-local")
			.containsEntry("QBO_CLIENT_SECRET", this.secrets.qboClientSecret())
			.containsEntry("TOKEN_ENCRYPTION_KEY", this.secrets.tokenEncryptionKey())
			.containsEntry("TOKEN_ENCRYPTION_KEY_ID", this.secrets.tokenEncryptionKeyId())
			.containsEntry("SPRING_PROFILES_ACTIVE", "qbo-sandbox")
			.containsEntry("QBO_WEBHOOK_VERIFIER_TOKEN", this.secrets.webhookVerifierToken());
	}

	@Test
	void givesTheSandboxTheSameOAuthClientAndWebhookSecretAsTheConnectorAndNoInfrastructure() {
		Map<String, String> sandbox = environmentOf(ServiceDefinition.QBO_SANDBOX);

		assertThat(sandbox)
			.containsOnlyKeys("SERVER_PORT", "QBO_CLIENT_ID", "QBO_CLIENT_SECRET", "QBO_REDIRECT_URI",
					"QBO_WEBHOOK_URL", "QBO_WEBHOOK_VERIFIER_TOKEN")
			.containsEntry("SERVER_PORT", "8090")
			.containsEntry("QBO_REDIRECT_URI", "http://localhost:8081/oauth/quickbooks/callback")
			.containsEntry("QBO_WEBHOOK_URL", "http://localhost:8081/webhooks/quickbooks");
		assertThat(sandbox.get("QBO_CLIENT_SECRET"))
			.isEqualTo(environmentOf(ServiceDefinition.CONNECTOR).get("QBO_CLIENT_SECRET"));
		// The sandbox signs with the token the connector verifies with, so local webhooks are accepted.
		assertThat(sandbox.get("QBO_WEBHOOK_VERIFIER_TOKEN"))
			.isEqualTo(environmentOf(ServiceDefinition.CONNECTOR).get("QBO_WEBHOOK_VERIFIER_TOKEN"));
	}

	@Test
	void givesEachServiceItsOwnDatabaseAndTheSigningKeyOnlyToImportService() { // GH-15
		assertThat(environmentOf(ServiceDefinition.CASES))
			.containsEntry("DATABASE_URL", "jdbc:postgresql://localhost:15432/cases")
			.containsEntry("SERVICE_TOKEN_JWK_SET", this.secrets.serviceTokenKeys().jwkSet())
			.doesNotContainKeys("SERVICE_TOKEN_SIGNING_KEY", "QBO_CLIENT_SECRET", "TOKEN_ENCRYPTION_KEY",
					"SPRING_PROFILES_ACTIVE", "QBO_WEBHOOK_VERIFIER_TOKEN");
		assertThat(environmentOf(ServiceDefinition.IMPORTS))
			.containsEntry("DATABASE_URL", "jdbc:postgresql://localhost:15432/imports")
			.containsEntry("SERVER_PORT", "8080")
			.containsEntry("SERVICE_TOKEN_SIGNING_KEY", this.secrets.serviceTokenKeys().signingKey())
			// Only the local profile has the demo user (GH-15).
			.containsEntry("SPRING_PROFILES_ACTIVE", "local")
			.doesNotContainKeys("SERVICE_TOKEN_JWK_SET", "QBO_CLIENT_SECRET", "TOKEN_ENCRYPTION_KEY");
		assertThat(environmentOf(ServiceDefinition.MAPPING)).containsOnlyKeys("SERVER_PORT", "KAFKA_BOOTSTRAP_SERVERS");
	}

	@Test
	void generatesStrongSecretsThatDifferOnEveryRunAndNeverShowsThem() {
		LocalSecrets other = LocalSecrets.generate(new SecureRandom());

		assertThat(ServiceTokenKeys.signingKeyOf(this.secrets.serviceTokenKeys().signingKey()).getCurve())
			.isEqualTo(Curve.P_256);
		assertThat(this.secrets.serviceTokenKeys().jwkSet()).doesNotContain("\"d\"");
		assertThat(Base64.getDecoder().decode(this.secrets.tokenEncryptionKey())).hasSize(32);
		assertThat(Base64.getUrlDecoder().decode(this.secrets.qboClientSecret())).hasSize(32);
		assertThat(other.serviceTokenKeys().jwkSet()).isNotEqualTo(this.secrets.serviceTokenKeys().jwkSet());
		assertThat(other.qboClientSecret()).isNotEqualTo(this.secrets.qboClientSecret());
		assertThat(other.tokenEncryptionKey()).isNotEqualTo(this.secrets.tokenEncryptionKey());
		assertThat(Base64.getUrlDecoder().decode(this.secrets.webhookVerifierToken())).hasSize(32);
		assertThat(other.webhookVerifierToken()).isNotEqualTo(this.secrets.webhookVerifierToken());
		assertThat(this.secrets.toString()).doesNotContain(this.secrets.serviceTokenKeys().signingKey(),
				this.secrets.qboClientSecret(), this.secrets.tokenEncryptionKey(), this.secrets.webhookVerifierToken());
	}

	private Map<String, String> environmentOf(ServiceDefinition service) {
		return ServiceEnvironment.of(service, "localhost:9092", DATABASE, this.secrets);
	}

}
