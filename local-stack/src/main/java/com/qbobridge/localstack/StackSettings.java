package com.qbobridge.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import com.qbobridge.localstack.postgres.DatabaseServer;
import com.qbobridge.localstack.services.ServiceDefinition;

/**
 * What the launcher starts and where, read from environment variables so that {@code ./run-local.sh} needs no
 * arguments and every default can still be changed (see {@code local-stack/README.md}).
 *
 * @param root the repository root, where the service modules are
 * @param stateDir where logs and data go ({@code .local-stack})
 * @param keepData whether broker and database data outlive the run ({@code .local-stack/data}) or live in a folder
 * removed on exit
 * @param externalKafka bootstrap servers of an existing broker, or {@code null} to start one
 * @param kafkaPort the client port of the broker the launcher starts
 * @param kafkaControllerPort its KRaft controller port
 * @param externalDatabase an existing PostgreSQL server, or {@code null} to start an embedded one
 * @param postgresPort the port of the embedded PostgreSQL
 * @param startTimeout how long all services together may take to become healthy
 * @param serviceJavaOptions JVM options for every service
 * @param services the services to start
 */
public record StackSettings(Path root, Path stateDir, boolean keepData, @Nullable String externalKafka, int kafkaPort,
		int kafkaControllerPort, @Nullable DatabaseServer externalDatabase, int postgresPort, Duration startTimeout,
		List<String> serviceJavaOptions, List<ServiceDefinition> services) {

	static final int DEFAULT_KAFKA_PORT = 9092;

	static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;

	/** Not 5432, so that a PostgreSQL installed on the machine does not get in the way. */
	static final int DEFAULT_POSTGRES_PORT = 15432;

	static final String DEFAULT_JAVA_OPTIONS = "-Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

	public StackSettings {
		Objects.requireNonNull(root, "root must not be null");
		Objects.requireNonNull(stateDir, "stateDir must not be null");
		serviceJavaOptions = List.copyOf(serviceJavaOptions);
		services = List.copyOf(services);
	}

	/**
	 * Reads the settings from environment variables.
	 * @param environment the environment, usually {@link System#getenv()}
	 * @param root the repository root
	 * @return the settings
	 * @throws IllegalArgumentException naming the variable whose value is unusable
	 */
	public static StackSettings fromEnvironment(Map<String, String> environment, Path root) {
		Path stateDir = root.resolve(value(environment, "LOCAL_STACK_DIR", ".local-stack"));
		DatabaseServer externalDatabase = externalDatabase(environment, "LOCAL_DATABASE_");
		if (externalDatabase == null) {
			externalDatabase = externalDatabase(environment, "DATABASE_");
		}
		return new StackSettings(root, stateDir, flag(environment, "LOCAL_STACK_KEEP_DATA"),
				blankToNull(environment.get("KAFKA_BOOTSTRAP_SERVERS")),
				port(environment, "LOCAL_KAFKA_PORT", DEFAULT_KAFKA_PORT),
				port(environment, "LOCAL_KAFKA_CONTROLLER_PORT", DEFAULT_KAFKA_CONTROLLER_PORT), externalDatabase,
				port(environment, "LOCAL_POSTGRES_PORT", DEFAULT_POSTGRES_PORT),
				Duration.ofSeconds(number(environment, "LOCAL_STACK_START_TIMEOUT", 300)),
				Arrays.asList(value(environment, "LOCAL_STACK_JAVA_OPTS", DEFAULT_JAVA_OPTIONS).trim().split("\\s+")),
				services(value(environment, "LOCAL_STACK_SERVICES", "all")));
	}

	/**
	 * The ports this run will listen on, with what each is for, to check before starting anything.
	 * @return purpose by port
	 */
	public Map<Integer, String> portsToListenOn() {
		Map<Integer, String> ports = new TreeMap<>();
		if (this.externalKafka == null) {
			ports.put(this.kafkaPort, "Kafka");
			ports.put(this.kafkaControllerPort, "Kafka controller");
		}
		if (this.externalDatabase == null) {
			ports.put(this.postgresPort, "PostgreSQL");
		}
		this.services.forEach((service) -> ports.put(service.port(), service.name()));
		return ports;
	}

	/**
	 * An existing server from {@code <prefix>URL}, {@code <prefix>USERNAME} and {@code <prefix>PASSWORD}; the README's
	 * {@code DATABASE_URL} works as well as the launcher's own {@code LOCAL_DATABASE_URL}, which wins.
	 */
	private static @Nullable DatabaseServer externalDatabase(Map<String, String> environment, String prefix) {
		String url = blankToNull(environment.get(prefix + "URL"));
		if (url == null) {
			return null;
		}
		return new DatabaseServer(url, value(environment, prefix + "USERNAME", "postgres"),
				environment.getOrDefault(prefix + "PASSWORD", ""));
	}

	private static List<ServiceDefinition> services(String names) {
		if (names.equals("all")) {
			return ServiceDefinition.all();
		}
		if (names.equals("none")) {
			return List.of();
		}
		List<String> wanted = Arrays.stream(names.split(",")).map(String::trim).filter((name) -> !name.isEmpty())
			.toList();
		for (String name : wanted) {
			if (ServiceDefinition.named(name).isEmpty()) {
				throw new IllegalArgumentException("LOCAL_STACK_SERVICES names an unknown service '" + name
						+ "'; known: " + ServiceDefinition.all().stream().map(ServiceDefinition::name).toList()
						+ ", or all, or none");
			}
		}
		return ServiceDefinition.all().stream().filter((service) -> wanted.contains(service.name())).toList();
	}

	private static int port(Map<String, String> environment, String name, int fallback) {
		int port = (int) number(environment, name, fallback);
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(name + " must be a TCP port (1-65535), not " + port);
		}
		return port;
	}

	private static long number(Map<String, String> environment, String name, long fallback) {
		String value = blankToNull(environment.get(name));
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a number, not '" + value + "'", ex);
		}
	}

	private static boolean flag(Map<String, String> environment, String name) {
		String value = value(environment, name, "false").trim();
		if (value.equalsIgnoreCase("true") || value.equals("1")) {
			return true;
		}
		if (value.equalsIgnoreCase("false") || value.equals("0")) {
			return false;
		}
		throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
	}

	private static String value(Map<String, String> environment, String name, String fallback) {
		String value = blankToNull(environment.get(name));
		return (value != null) ? value : fallback;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
