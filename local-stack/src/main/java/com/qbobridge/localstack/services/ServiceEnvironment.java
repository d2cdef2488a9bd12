package com.qbobridge.localstack.services;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.qbobridge.localstack.postgres.DatabaseServer;

/**
 * The environment variables each service gets, as CONTRIBUTING.md names them. Every service reads its settings from
 * these variables (with local defaults), so the same names work for the local run, docker-compose and Kubernetes.
 * A service that does not use a variable yet simply ignores it.
 */
public final class ServiceEnvironment {

	/** Where Intuit (here: the sandbox) sends the browser back after the user consented. */
	public static final String QBO_REDIRECT_URI = "http://localhost:8081/oauth/quickbooks/callback";

	/** Where the sandbox delivers its signed webhooks: the connector's receiver, as Intuit would. */
	public static final String QBO_WEBHOOK_URL = "http://localhost:8081/webhooks/quickbooks";

	/** The connector profile that points the QuickBooks client at qbo-sandbox instead of Intuit. */
	public static final String CONNECTOR_PROFILE = "qbo-sandbox";

	/** The import-service profile with the demo users; no other profile has any. */
	public static final String IMPORTS_PROFILE = "local";

	private ServiceEnvironment() {
	}

	/**
	 * The variables for one service.
	 * @param service the service
	 * @param kafkaBootstrapServers the broker
	 * @param database the PostgreSQL server holding the service databases
	 * @param secrets this run's secrets
	 * @return the variables, sorted by name
	 */
	public static Map<String, String> of(ServiceDefinition service, String kafkaBootstrapServers,
			DatabaseServer database, LocalSecrets secrets) {
		Objects.requireNonNull(service, "service must not be null");
		Map<String, String> environment = new TreeMap<>();
		environment.put("SERVER_PORT", String.valueOf(service.port()));
		if (service.usesKafka()) {
			environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
		}
		String databaseName = service.database();
		if (databaseName != null) {
			environment.put("DATABASE_URL", database.urlOf(databaseName));
			environment.put("DATABASE_USERNAME", database.username());
			environment.put("DATABASE_PASSWORD", database.password());
		}
		// Only import-service can sign service tokens; the services it calls get the public key only.
		if (service.equals(ServiceDefinition.IMPORTS)) {
			environment.put("SERVICE_TOKEN_SIGNING_KEY", secrets.serviceTokenKeys().signingKey());
			// The local profile alone has the demo user creditor@example.com / password (GH-15).
			environment.put("SPRING_PROFILES_ACTIVE", IMPORTS_PROFILE);
		}
		if (service.equals(ServiceDefinition.CONNECTOR) || service.equals(ServiceDefinition.CASES)) {
			environment.put("SERVICE_TOKEN_JWK_SET", secrets.serviceTokenKeys().jwkSet());
		}
		if (service.equals(ServiceDefinition.QBO_SANDBOX)) {
			environment.put("QBO_CLIENT_ID", secrets.qboClientId());
			environment.put("QBO_CLIENT_SECRET", secrets.qboClientSecret());
			environment.put("QBO_REDIRECT_URI", QBO_REDIRECT_URI);
			environment.put("QBO_WEBHOOK_URL", QBO_WEBHOOK_URL);
			environment.put("QBO_WEBHOOK_VERIFIER_TOKEN", secrets.webhookVerifierToken());
		}
		if (service.equals(ServiceDefinition.CONNECTOR)) {
			environment.put("QBO_CLIENT_ID", secrets.qboClientId());
			environment.put("QBO_CLIENT_SECRET", secrets.qboClientSecret());
			environment.put("TOKEN_ENCRYPTION_KEY", secrets.tokenEncryptionKey());
			environment.put("TOKEN_ENCRYPTION_KEY_ID", secrets.tokenEncryptionKeyId());
			environment.put("QBO_WEBHOOK_VERIFIER_TOKEN", secrets.webhookVerifierToken());
			environment.put("SPRING_PROFILES_ACTIVE", CONNECTOR_PROFILE);
		}
		return environment;
	}

}
