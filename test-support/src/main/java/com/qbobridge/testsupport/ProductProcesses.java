package com.qbobridge.testsupport;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.qbobridge.servicetokens.ServiceTokenKeys;

/**
 * The whole product as a deployment runs it, on this machine: qbo-sandbox and the four services as their own JVMs
 * from their jars, on the one test Kafka broker and PostgreSQL server (a database per service), wired with the
 * environment variables a deployment sets. Secrets and the service-token key pair are new every time. Used by the
 * end-to-end tests and the benchmark, so that both start the product the same way.
 */
public final class ProductProcesses implements AutoCloseable {

	private final ServiceProcess sandbox;

	private final List<ServiceProcess> services;

	private final TestDatabase casesDatabase;

	private final TestDatabase importsDatabase;

	private final String webhookVerifierToken;

	private final String kafkaBootstrapServers;

	private ProductProcesses(ServiceProcess sandbox, List<ServiceProcess> services, TestDatabase casesDatabase,
			TestDatabase importsDatabase, String webhookVerifierToken, String kafkaBootstrapServers) {
		this.kafkaBootstrapServers = kafkaBootstrapServers;
		this.sandbox = sandbox;
		this.services = services;
		this.casesDatabase = casesDatabase;
		this.importsDatabase = importsDatabase;
		this.webhookVerifierToken = webhookVerifierToken;
	}

	/**
	 * Starts everything with the tests' JVM options, the services in parallel.
	 * @return the running product
	 */
	public static ProductProcesses start() {
		return start((module) -> ServiceProcess.DEFAULT_JVM_OPTIONS);
	}

	/**
	 * Starts everything, the services in parallel.
	 * @param jvmOptions each module's JVM options, by module folder name ({@code qbo-sandbox},
	 * {@code connector-service}, ...)
	 * @return the running product
	 */
	public static ProductProcesses start(Function<String, List<String>> jvmOptions) {
		return start(Setup.onTestInfrastructure().withJvmOptions(jvmOptions));
	}

	/**
	 * Starts everything as a setup says, the services in parallel: e.g. on a broker run as its own process, or with
	 * case-service reaching its database through a proxy that a test can cut.
	 * @param setup where the broker is, how case-service reaches its database, each module's JVM options
	 * @return the running product
	 */
	public static ProductProcesses start(Setup setup) {
		Function<String, List<String>> jvmOptions = setup.jvmOptions();
		String kafka = setup.kafkaBootstrapServers().get();
		TestKafka.createCatalogTopics(kafka);
		int sandboxPort = ServiceProcess.freePort();
		int connectorPort = ServiceProcess.freePort();
		int casesPort = ServiceProcess.freePort();
		int importsPort = ServiceProcess.freePort();
		String clientSecret = secret();
		// import-service signs service tokens; the services it calls hold only the public key.
		ServiceTokenKeys serviceTokenKeys = ServiceTokenKeys.generate();
		String redirectUri = "http://localhost:" + connectorPort + "/oauth/quickbooks/callback";
		// The sandbox signs its webhooks with the token the connector verifies them with, as the local run does.
		String webhookVerifierToken = secret();
		TestDatabase casesDatabase = TestPostgres.anotherDatabase();
		TestDatabase importsDatabase = TestPostgres.anotherDatabase();

		CompletableFuture<ServiceProcess> sandbox = start("qbo-sandbox", sandboxPort, jvmOptions,
				Map.of("QBO_CLIENT_SECRET", clientSecret, "QBO_REDIRECT_URI", redirectUri, "QBO_WEBHOOK_URL",
						"http://localhost:" + connectorPort + "/webhooks/quickbooks", "QBO_WEBHOOK_VERIFIER_TOKEN",
						webhookVerifierToken));
		Map<String, String> connectorEnv = database(TestPostgres.anotherDatabase(), kafka);
		connectorEnv.put("spring.profiles.active", "qbo-sandbox");
		connectorEnv.put("QBO_CLIENT_SECRET", clientSecret);
		connectorEnv.put("QBO_REDIRECT_URI", redirectUri);
		connectorEnv.put("QBO_AUTHORIZATION_URI", "http://localhost:" + sandboxPort + "/connect/oauth2");
		connectorEnv.put("QBO_TOKEN_URI", "http://localhost:" + sandboxPort + "/oauth2/v1/tokens/bearer");
		connectorEnv.put("QBO_REVOCATION_URI", "http://localhost:" + sandboxPort + "/oauth2/v1/tokens/revoke");
		connectorEnv.put("QBO_API_BASE_URL", "http://localhost:" + sandboxPort);
		connectorEnv.put("TOKEN_ENCRYPTION_KEY", secret());
		connectorEnv.put("SERVICE_TOKEN_JWK_SET", serviceTokenKeys.jwkSet());
		connectorEnv.put("INTEGRATIONS_PAGE_URL", "http://localhost:" + importsPort + "/integrations");
		connectorEnv.put("QBO_WEBHOOK_VERIFIER_TOKEN", webhookVerifierToken);
		// Change data capture every few seconds instead of every 15 minutes, so tests see it work.
		connectorEnv.put("QBO_CHANGES_POLL_INTERVAL", "3s");
		CompletableFuture<ServiceProcess> connector = start("connector-service", connectorPort, jvmOptions,
				connectorEnv);
		CompletableFuture<ServiceProcess> mapping = start("mapping-service", ServiceProcess.freePort(), jvmOptions,
				Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka));
		Map<String, String> casesEnv = database(setup.casesDatabaseRoute().apply(casesDatabase), kafka);
		// case-service fetches the key from import-service's JWK set endpoint, as in deploy/.
		casesEnv.put("SERVICE_TOKEN_JWK_SET_URI", "http://localhost:" + importsPort + "/.well-known/jwks.json");
		CompletableFuture<ServiceProcess> cases = start("case-service", casesPort, jvmOptions, casesEnv);
		Map<String, String> importsEnv = database(importsDatabase, kafka);
		importsEnv.put("SERVICE_TOKEN_SIGNING_KEY", serviceTokenKeys.signingKey());
		// The demo user creditor@example.com / password exists in the local profile only (GH-15).
		importsEnv.put("spring.profiles.active", "local");
		importsEnv.put("CONNECTOR_URL", "http://localhost:" + connectorPort);
		importsEnv.put("CASES_URL", "http://localhost:" + casesPort);
		CompletableFuture<ServiceProcess> imports = start("import-service", importsPort, jvmOptions, importsEnv);
		try {
			CompletableFuture.allOf(sandbox, connector, mapping, cases, imports).join();
		}
		catch (RuntimeException ex) {
			// Stop what did start: left running, those services would share consumer groups with the next start.
			List.of(sandbox, connector, mapping, cases, imports).forEach((started) -> {
				if (!started.isCompletedExceptionally()) {
					started.join().close();
				}
			});
			throw ex;
		}
		return new ProductProcesses(sandbox.join(),
				List.of(connector.join(), mapping.join(), cases.join(), imports.join()), casesDatabase,
				importsDatabase, webhookVerifierToken, kafka);
	}

	/**
	 * The broker the services use.
	 * @return its bootstrap servers
	 */
	public String kafkaBootstrapServers() {
		return this.kafkaBootstrapServers;
	}

	/**
	 * The token qbo-sandbox signs its webhooks with and connector-service verifies them with.
	 * @return the verifier token
	 */
	public String webhookVerifierToken() {
		return this.webhookVerifierToken;
	}

	/** qbo-sandbox, standing in for Intuit. */
	public ServiceProcess sandbox() {
		return this.sandbox;
	}

	/** connector-service, mapping-service, case-service and import-service, in that order. */
	public List<ServiceProcess> services() {
		return this.services;
	}

	/** connector-service. */
	public ServiceProcess connector() {
		return this.services.get(0);
	}

	/** mapping-service. */
	public ServiceProcess mapping() {
		return this.services.get(1);
	}

	/**
	 * One of the four services by its module name.
	 * @param module e.g. {@code case-service}
	 * @return the service
	 */
	public ServiceProcess service(String module) {
		return this.services.stream()
			.filter((service) -> service.module().equals(module))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No service " + module));
	}

	/** case-service. */
	public ServiceProcess cases() {
		return this.services.get(2);
	}

	/** import-service, the product's front door. */
	public ServiceProcess imports() {
		return this.services.get(3);
	}

	/** case-service's database. */
	public TestDatabase casesDatabase() {
		return this.casesDatabase;
	}

	/** import-service's database. */
	public TestDatabase importsDatabase() {
		return this.importsDatabase;
	}

	@Override
	public void close() {
		this.services.forEach(ServiceProcess::close);
		this.sandbox.close();
	}

	/**
	 * How the product is started: which broker it uses, how case-service reaches its database and each module's JVM
	 * options.
	 *
	 * @param kafkaBootstrapServers the broker, asked once at start
	 * @param casesDatabaseRoute turns case-service's database into the address case-service connects to (the same
	 * database by default; e.g. a TCP proxy's port in front of it)
	 * @param jvmOptions each module's JVM options, by module folder name
	 */
	public record Setup(java.util.function.Supplier<String> kafkaBootstrapServers,
			java.util.function.UnaryOperator<TestDatabase> casesDatabaseRoute,
			Function<String, List<String>> jvmOptions) {

		/**
		 * The tests' shared broker ({@link TestKafka}), direct database connections, the tests' JVM options.
		 * @return the default setup
		 */
		public static Setup onTestInfrastructure() {
			return new Setup(TestKafka::bootstrapServers, (database) -> database,
					(module) -> ServiceProcess.DEFAULT_JVM_OPTIONS);
		}

		public Setup withKafka(String bootstrapServers) {
			return new Setup(() -> bootstrapServers, this.casesDatabaseRoute, this.jvmOptions);
		}

		public Setup withCasesDatabaseRoute(java.util.function.UnaryOperator<TestDatabase> route) {
			return new Setup(this.kafkaBootstrapServers, route, this.jvmOptions);
		}

		public Setup withJvmOptions(Function<String, List<String>> options) {
			return new Setup(this.kafkaBootstrapServers, this.casesDatabaseRoute, options);
		}

	}

	private static CompletableFuture<ServiceProcess> start(String module, int port,
			Function<String, List<String>> jvmOptions, Map<String, String> environment) {
		return CompletableFuture
			.supplyAsync(() -> ServiceProcess.start(module, port, jvmOptions.apply(module), environment));
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
