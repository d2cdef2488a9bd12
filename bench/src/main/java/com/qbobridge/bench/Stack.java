package com.qbobridge.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.qbobridge.testsupport.ServiceProcess;
import com.qbobridge.testsupport.TestDatabase;
import com.qbobridge.testsupport.TestKafka;
import com.qbobridge.testsupport.TestPostgres;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;

/**
 * The product as a deployment runs it, on this machine: qbo-sandbox and the four services as their own JVMs from
 * their jars (connector-service with a 256 MB heap, the others with 512 MB), one real Kafka broker and one
 * PostgreSQL server with a database per service, wired with the environment variables a deployment sets.
 */
final class Stack implements AutoCloseable {

	static final String CONNECTOR_HEAP = "256m";

	static final String SERVICE_HEAP = "512m";

	final SandboxAdmin sandbox;

	final String sandboxUrl;

	final String importsUrl;

	final TestDatabase casesDatabase;

	final TestDatabase importsDatabase;

	final List<ServiceJvm> services;

	private final ServiceJvm sandboxJvm;

	private Stack(ServiceJvm sandboxJvm, List<ServiceJvm> services, String importsUrl, TestDatabase casesDatabase,
			TestDatabase importsDatabase) {
		this.sandboxJvm = sandboxJvm;
		this.sandboxUrl = sandboxJvm.baseUrl();
		this.sandbox = new SandboxAdmin(this.sandboxUrl);
		this.services = services;
		this.importsUrl = importsUrl;
		this.casesDatabase = casesDatabase;
		this.importsDatabase = importsDatabase;
	}

	/**
	 * Starts everything, the services in parallel.
	 * @param sandboxHeap the sandbox's {@code -Xmx}: it holds every generated company in memory
	 * @param logs where each JVM's output and GC log go
	 * @return the running stack
	 */
	static Stack start(String sandboxHeap, Path logs) {
		String kafka = TestKafka.bootstrapServers();
		TestKafka.createCatalogTopics();
		int sandboxPort = ServiceProcess.freePort();
		int connectorPort = ServiceProcess.freePort();
		int casesPort = ServiceProcess.freePort();
		int importsPort = ServiceProcess.freePort();
		String clientSecret = secret();
		String serviceTokenSecret = secret();
		String redirectUri = "http://localhost:" + connectorPort + "/oauth/quickbooks/callback";
		TestDatabase connectorDb = TestPostgres.anotherDatabase();
		TestDatabase casesDb = TestPostgres.anotherDatabase();
		TestDatabase importsDb = TestPostgres.anotherDatabase();

		CompletableFuture<ServiceJvm> sandbox = CompletableFuture.supplyAsync(() -> ServiceJvm.start("qbo-sandbox",
				sandboxPort, sandboxHeap, Map.of("QBO_CLIENT_SECRET", clientSecret, "QBO_REDIRECT_URI", redirectUri),
				logs));
		CompletableFuture<ServiceJvm> connector = CompletableFuture.supplyAsync(() -> {
			Map<String, String> env = database(connectorDb, kafka);
			env.put("spring.profiles.active", "qbo-sandbox");
			env.put("QBO_CLIENT_SECRET", clientSecret);
			env.put("QBO_REDIRECT_URI", redirectUri);
			env.put("QBO_AUTHORIZATION_URI", "http://localhost:" + sandboxPort + "/connect/oauth2");
			env.put("QBO_TOKEN_URI", "http://localhost:" + sandboxPort + "/oauth2/v1/tokens/bearer");
			env.put("QBO_REVOCATION_URI", "http://localhost:" + sandboxPort + "/oauth2/v1/tokens/revoke");
			env.put("QBO_API_BASE_URL", "http://localhost:" + sandboxPort);
			env.put("TOKEN_ENCRYPTION_KEY", secret());
			env.put("SERVICE_TOKEN_SECRET", serviceTokenSecret);
			env.put("INTEGRATIONS_PAGE_URL", "http://localhost:" + importsPort + "/integrations");
			return ServiceJvm.start("connector-service", connectorPort, CONNECTOR_HEAP, env, logs);
		});
		CompletableFuture<ServiceJvm> mapping = CompletableFuture.supplyAsync(() -> ServiceJvm.start("mapping-service",
				ServiceProcess.freePort(), SERVICE_HEAP, Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka), logs));
		CompletableFuture<ServiceJvm> cases = CompletableFuture.supplyAsync(() -> {
			Map<String, String> env = database(casesDb, kafka);
			env.put("SERVICE_TOKEN_SECRET", serviceTokenSecret);
			return ServiceJvm.start("case-service", casesPort, SERVICE_HEAP, env, logs);
		});
		CompletableFuture<ServiceJvm> imports = CompletableFuture.supplyAsync(() -> {
			Map<String, String> env = database(importsDb, kafka);
			env.put("SERVICE_TOKEN_SECRET", serviceTokenSecret);
			env.put("CONNECTOR_URL", "http://localhost:" + connectorPort);
			env.put("CASES_URL", "http://localhost:" + casesPort);
			return ServiceJvm.start("import-service", importsPort, SERVICE_HEAP, env, logs);
		});
		CompletableFuture.allOf(sandbox, connector, mapping, cases, imports).join();
		return new Stack(sandbox.join(),
				List.of(connector.join(), mapping.join(), cases.join(), imports.join()),
				imports.join().baseUrl(), casesDb, importsDb);
	}

	@Override
	public void close() {
		this.services.forEach(ServiceJvm::close);
		this.sandboxJvm.close();
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
