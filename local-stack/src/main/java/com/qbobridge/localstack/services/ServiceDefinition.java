package com.qbobridge.localstack.services;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One service of the product as the local stack runs it: its module, port and database (CONTRIBUTING.md fixes both,
 * because the services find each other on these ports by default).
 *
 * @param name the module and service name, e.g. {@code connector-service}
 * @param port its HTTP port
 * @param database the database it owns, or {@code null} if it has none
 * @param usesKafka whether it talks to Kafka
 */
public record ServiceDefinition(String name, int port, @Nullable String database, boolean usesKafka) {

	/** QuickBooks Online's stand-in; the connector talks to it under the {@code qbo-sandbox} profile. */
	public static final ServiceDefinition QBO_SANDBOX = new ServiceDefinition("qbo-sandbox", 8090, null, false);

	/** Owns connections and OAuth tokens and fetches invoices. */
	public static final ServiceDefinition CONNECTOR = new ServiceDefinition("connector-service", 8081, "connector",
			true);

	/** Maps fetched invoices to case drafts. */
	public static final ServiceDefinition MAPPING = new ServiceDefinition("mapping-service", 8082, null, true);

	/** Creates collection cases from approved drafts. */
	public static final ServiceDefinition CASES = new ServiceDefinition("case-service", 8083, "cases", true);

	/** The creditor's pages and public API. */
	public static final ServiceDefinition IMPORTS = new ServiceDefinition("import-service", 8080, "imports", true);

	public ServiceDefinition {
		Objects.requireNonNull(name, "name must not be null");
	}

	/**
	 * Every service, in start order: the sandbox first (the connector's OAuth partner), import-service last (the one
	 * the browser opens).
	 * @return the services
	 */
	public static List<ServiceDefinition> all() {
		return List.of(QBO_SANDBOX, CONNECTOR, MAPPING, CASES, IMPORTS);
	}

	/**
	 * Looks a service up by name.
	 * @param name the service name
	 * @return the service, if there is one of that name
	 */
	public static Optional<ServiceDefinition> named(String name) {
		return all().stream().filter((service) -> service.name().equals(name)).findFirst();
	}

	public String healthUrl() {
		return "http://localhost:" + this.port + "/actuator/health";
	}

}
