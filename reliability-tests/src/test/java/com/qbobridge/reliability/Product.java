package com.qbobridge.reliability;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.qbobridge.testsupport.ProductProcesses;
import com.qbobridge.testsupport.ServiceProcess;
import com.qbobridge.testsupport.TestDatabase;
import com.qbobridge.testsupport.faults.KafkaServerProcess;
import com.qbobridge.testsupport.faults.TcpProxy;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;

/**
 * The whole product, started once for the module and shared by every scenario: Apache Kafka's own broker as its own
 * process (so that it can be killed and restarted), case-service reaching PostgreSQL through a {@link TcpProxy}
 * (so that its database can be cut), qbo-sandbox and the four services from their jars.
 */
final class Product {

	static final String USER = "creditor@example.com";

	static final String PASSWORD = "password";

	private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/(.*)");

	private static volatile Product instance;

	final KafkaServerProcess kafka;

	final TcpProxy casesDatabaseProxy;

	final ProductProcesses processes;

	final SandboxAdmin sandbox;

	final CreditorApi api;

	private Product(KafkaServerProcess kafka, TcpProxy casesDatabaseProxy, ProductProcesses processes) {
		this.kafka = kafka;
		this.casesDatabaseProxy = casesDatabaseProxy;
		this.processes = processes;
		this.sandbox = new SandboxAdmin(processes.sandbox().baseUrl());
		this.api = new CreditorApi(processes.imports().baseUrl(), USER, PASSWORD);
	}

	static Product get() {
		Product product = instance;
		if (product == null) {
			synchronized (Product.class) {
				product = instance;
				if (product == null) {
					product = start();
					instance = product;
				}
			}
		}
		return product;
	}

	/** The four services, in the order they are killed in turn. */
	List<ServiceProcess> services() {
		return this.processes.services();
	}

	ServiceProcess service(String module) {
		return this.processes.service(module);
	}

	/** Every service and the broker still run (none crashed). */
	List<String> deadProcesses() {
		List<String> dead = new java.util.ArrayList<>();
		this.processes.services().stream().filter((service) -> !service.isAlive()).forEach((s) -> dead.add(s.module()));
		if (!this.processes.sandbox().isAlive()) {
			dead.add("qbo-sandbox");
		}
		if (!this.kafka.isAlive()) {
			dead.add("kafka");
		}
		return dead;
	}

	/**
	 * The connector takes over an import whose worker was killed once its lease ran out: a 20 s lease instead of
	 * production's minute, so that the kill scenarios wait less; the takeover itself is the same.
	 */
	private static final List<String> CONNECTOR_OPTIONS = java.util.stream.Stream
		.concat(ServiceProcess.DEFAULT_JVM_OPTIONS.stream(),
				java.util.stream.Stream.of("-Dpipeline.connector.imports.lease=20s",
						"-Dpipeline.connector.imports.keep-alive-interval=5s",
						"-Dpipeline.connector.imports.sweep-interval=5s"))
		.toList();

	private static Product start() {
		KafkaServerProcess kafka = KafkaServerProcess.start();
		TcpProxy[] proxy = new TcpProxy[1];
		ProductProcesses processes = ProductProcesses.start(ProductProcesses.Setup.onTestInfrastructure()
			.withKafka(kafka.bootstrapServers())
			.withCasesDatabaseRoute((database) -> {
				proxy[0] = proxied(database);
				return new TestDatabase(viaProxy(database.jdbcUrl(), proxy[0].port()), database.username(),
						database.password());
			})
			.withJvmOptions((module) -> module.equals("connector-service") ? CONNECTOR_OPTIONS
					: ServiceProcess.DEFAULT_JVM_OPTIONS));
		return new Product(kafka, proxy[0], processes);
	}

	private static TcpProxy proxied(TestDatabase database) {
		Matcher url = POSTGRES_URL.matcher(database.jdbcUrl());
		if (!url.matches()) {
			throw new IllegalStateException("Not a PostgreSQL URL: " + database.jdbcUrl());
		}
		return TcpProxy.start(url.group(1), (url.group(2) != null) ? Integer.parseInt(url.group(2)) : 5432);
	}

	static String viaProxy(String jdbcUrl, int port) {
		Matcher url = POSTGRES_URL.matcher(jdbcUrl);
		if (!url.matches()) {
			throw new IllegalStateException("Not a PostgreSQL URL: " + jdbcUrl);
		}
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + url.group(3);
	}


}
