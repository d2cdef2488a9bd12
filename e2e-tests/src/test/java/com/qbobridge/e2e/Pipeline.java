package com.qbobridge.e2e;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.qbobridge.servicetokens.ServiceTokenKeys;
import com.qbobridge.testsupport.ServiceProcess;
import com.qbobridge.testsupport.TestDatabase;
import com.qbobridge.testsupport.TestKafka;
import com.qbobridge.testsupport.TestPostgres;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;

/**
 * The whole product, once per test JVM: qbo-sandbox and the four services as their own JVMs from their jars, on one
 * real Kafka broker and one real PostgreSQL server (a database per service), wired with the same environment
 * variables a deployment sets. Secrets are random per run.
 */
final class Pipeline {

	static final String APP_USER = "creditor@example.com";

	static final String APP_PASSWORD = "password";

	private static volatile Pipeline instance;

	final SandboxAdmin sandbox;

	final ServiceProcess imports;

	final ServiceProcess cases;

	private Pipeline(SandboxAdmin sandbox, ServiceProcess imports, ServiceProcess cases) {
		this.sandbox = sandbox;
		this.imports = imports;
		this.cases = cases;
	}

	static Pipeline get() {
		Pipeline pipeline = instance;
		if (pipeline == null) {
			synchronized (Pipeline.class) {
				pipeline = instance;
				if (pipeline == null) {
					pipeline = start();
					instance = pipeline;
				}
			}
		}
		return pipeline;
	}

	String importServiceUrl() {
		return this.imports.baseUrl();
	}

	private static Pipeline start() {
		String kafka = TestKafka.bootstrapServers();
		TestKafka.createCatalogTopics();
		int sandboxPort = ServiceProcess.freePort();
		int connectorPort = ServiceProcess.freePort();
		int casesPort = ServiceProcess.freePort();
		int importsPort = ServiceProcess.freePort();
		String clientSecret = secret();
		// A fresh key pair per run: import-service signs, the services it calls hold only the public key.
		ServiceTokenKeys serviceTokenKeys = ServiceTokenKeys.generate();
		String redirectUri = "http://localhost:" + connectorPort + "/oauth/quickbooks/callback";

		CompletableFuture<ServiceProcess> sandbox = CompletableFuture.supplyAsync(() -> ServiceProcess
			.start("qbo-sandbox", sandboxPort, Map.of("QBO_CLIENT_SECRET", clientSecret, "QBO_REDIRECT_URI", redirectUri)));
		CompletableFuture<ServiceProcess> connector = CompletableFuture.supplyAsync(() -> {
			Map<String, String> env = database(TestPostgres.anotherDatabase(), kafka);
			env.put("spring.profiles.active", "qbo-sandbox");
			env.put("QBO_CLIENT_SECRET", clientSecret);
			env.put("QBO_REDIRECT_URI", redirectUri);
			env.put("QBO_AUTHORIZATION_URI", "http://localhost:" + sandboxPort + "/connect/oauth2");
			env.put("QBO_TOKEN_URI", "http://localhost:" + sandboxPort + "/oauth2/v1/tokens/bearer");
			env.put("QBO_REVOCATION_URI", "http://localhost:" + sandboxPort + "/oauth2/v1/tokens/revoke");
			env.put("QBO_API_BASE_URL", "http://localhost:" + sandboxPort);
			env.put("TOKEN_ENCRYPTION_KEY", secret());
			env.put("SERVICE_TOKEN_JWK_SET", serviceTokenKeys.jwkSet());
			env.put("INTEGRATIONS_PAGE_URL", "http://localhost:" + importsPort + "/integrations");
			return ServiceProcess.start("connector-service", connectorPort, env);
		});
		CompletableFuture<ServiceProcess> mapping = CompletableFuture
			.supplyAsync(() -> ServiceProcess.start("mapping-service", Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka)));
		CompletableFuture<ServiceProcess> cases = CompletableFuture.supplyAsync(() -> {
			Map<String, String> env = database(TestPostgres.anotherDatabase(), kafka);
			// case-service fetches the key from import-service's JWK set endpoint, as in deploy/.
			env.put("SERVICE_TOKEN_JWK_SET_URI", "http://localhost:" + importsPort + "/.well-known/jwks.json");
			return ServiceProcess.start("case-service", casesPort, env);
		});
		CompletableFuture<ServiceProcess> imports = CompletableFuture.supplyAsync(() -> {
			Map<String, String> env = database(TestPostgres.anotherDatabase(), kafka);
			env.put("SERVICE_TOKEN_SIGNING_KEY", serviceTokenKeys.signingKey());
			env.put("CONNECTOR_URL", "http://localhost:" + connectorPort);
			env.put("CASES_URL", "http://localhost:" + casesPort);
			return ServiceProcess.start("import-service", importsPort, env);
		});
		CompletableFuture.allOf(sandbox, connector, mapping, cases, imports).join();
		return new Pipeline(new SandboxAdmin(sandbox.join().baseUrl()), imports.join(), cases.join());
	}

	private static Map<String, String> database(TestDatabase database, String kafka) {
		Map<String, String> env = new HashMap<>();
		env.put("DATABASE_URL", database.jdbcUrl());
		env.put("DATABASE_USERNAME", database.username());
		env.put("DATABASE_PASSWORD", database.password());
		env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
		return env;
	}

	private static String secret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
