package com.qbobridge.localstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import com.qbobridge.localstack.process.ChildProcess;
import com.qbobridge.localstack.process.JavaCommand;

/**
 * A real single-node Kafka broker in KRaft combined mode (broker and controller in one process), run from Apache
 * Kafka's own server classes in a child JVM. A child keeps the broker's threads, memory and logs apart from the
 * launcher, and a broker that hangs on shutdown can be killed without taking the launcher with it.
 */
public final class KafkaBroker implements AutoCloseable {

	private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private final Settings settings;

	private final ChildProcess process;

	private KafkaBroker(Settings settings, ChildProcess process) {
		this.settings = settings;
		this.process = process;
	}

	/**
	 * Writes {@code server.properties}, formats the storage unless it already is (a kept data folder is reused as it
	 * is), and starts the broker. It is not ready yet: call {@link #awaitReady(Duration)}.
	 * @param settings where and on which ports the broker runs
	 * @return the starting broker
	 */
	public static KafkaBroker start(Settings settings) {
		Objects.requireNonNull(settings, "settings must not be null");
		Path properties = settings.home().resolve("server.properties");
		try {
			Files.createDirectories(settings.dataDir());
			Files.writeString(properties, render(serverProperties(settings)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the Kafka folder " + settings.home(), ex);
		}
		// A kept data folder is formatted already, with its own cluster id.
		if (!Files.exists(settings.dataDir().resolve("meta.properties"))) {
			format(settings, properties);
		}
		ChildProcess process = ChildProcess.start("kafka",
				JavaCommand.mainClass(settings.javaOptions(), "kafka.Kafka", List.of(properties.toString())), Map.of(),
				settings.log());
		return new KafkaBroker(settings, process);
	}

	private static void format(Settings settings, Path properties) {
		ChildProcess.run("Formatting the Kafka storage",
				JavaCommand.mainClass(settings.javaOptions(), "kafka.tools.StorageTool",
						List.of("format", "--ignore-formatted", "-t", Uuid.randomUuid().toString(), "-c",
								properties.toString())),
				settings.log(), FORMAT_TIMEOUT);
	}

	/**
	 * The broker configuration: KRaft combined mode on localhost, every internal topic with one replica (there is
	 * only one broker), no automatic topic creation (topics come from the catalog, as in a real cluster), and no
	 * initial rebalance delay so that a consumer group forms at once.
	 * @param settings where and on which ports the broker runs
	 * @return the properties, in a stable order
	 */
	public static Map<String, String> serverProperties(Settings settings) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", "1");
		properties.put("controller.quorum.voters", "1@localhost:" + settings.controllerPort());
		properties.put("listeners",
				"PLAINTEXT://localhost:" + settings.port() + ",CONTROLLER://localhost:" + settings.controllerPort());
		properties.put("advertised.listeners", "PLAINTEXT://localhost:" + settings.port());
		properties.put("controller.listener.names", "CONTROLLER");
		properties.put("inter.broker.listener.name", "PLAINTEXT");
		properties.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
		properties.put("log.dirs", settings.dataDir().toAbsolutePath().toString());
		properties.put("num.partitions", "3");
		properties.put("auto.create.topics.enable", "false");
		properties.put("offsets.topic.replication.factor", "1");
		properties.put("offsets.topic.num.partitions", "10");
		properties.put("transaction.state.log.replication.factor", "1");
		properties.put("transaction.state.log.min.isr", "1");
		properties.put("transaction.state.log.num.partitions", "10");
		properties.put("share.coordinator.state.topic.replication.factor", "1");
		properties.put("share.coordinator.state.topic.min.isr", "1");
		properties.put("group.initial.rebalance.delay.ms", "0");
		return properties;
	}

	private static String render(Map<String, String> properties) {
		StringBuilder text = new StringBuilder("# Written by the local stack on every start.\n");
		properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
		return text.toString();
	}

	/**
	 * Waits until the broker answers metadata requests.
	 * @param timeout how long it may take
	 * @throws IllegalStateException if the broker exited or did not answer in time
	 */
	public void awaitReady(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3_000, AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
		try (Admin admin = Admin.create(config)) {
			while (true) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("Kafka exited with code " + this.process.exitValue()
							+ " during start-up; see " + this.process.log());
				}
				try {
					admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
					return;
				}
				catch (ExecutionException | TimeoutException ex) {
					if (Instant.now().isAfter(deadline)) {
						throw new IllegalStateException("Kafka did not answer on " + bootstrapServers() + " within "
								+ timeout + "; see " + this.process.log(), ex);
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Kafka", ex);
		}
	}

	public String bootstrapServers() {
		return "localhost:" + this.settings.port();
	}

	public ChildProcess process() {
		return this.process;
	}

	/**
	 * Stops the broker with a controlled shutdown (SIGTERM), killing it if that takes too long.
	 */
	@Override
	public void close() {
		this.process.stop(STOP_GRACE);
	}

	/**
	 * Where and how the local broker runs.
	 *
	 * @param home the folder for {@code server.properties} and the data
	 * @param port the client port
	 * @param controllerPort the KRaft controller port
	 * @param log the broker's log file
	 * @param javaOptions options for the broker's JVM
	 */
	public record Settings(Path home, int port, int controllerPort, Path log, List<String> javaOptions) {

		public Settings {
			Objects.requireNonNull(home, "home must not be null");
			Objects.requireNonNull(log, "log must not be null");
			javaOptions = List.copyOf(javaOptions);
		}

		/**
		 * Settings with the JVM options the launcher uses for the broker.
		 * @param home the folder for {@code server.properties} and the data
		 * @param port the client port
		 * @param controllerPort the KRaft controller port
		 * @param log the broker's log file
		 * @return the settings
		 */
		public static Settings of(Path home, int port, int controllerPort, Path log) {
			List<String> options = new ArrayList<>(List.of("-Xms128m", "-Xmx768m", "-XX:+UseG1GC",
					"-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
					"-Dorg.slf4j.simpleLogger.showDateTime=true",
					"-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS"));
			return new Settings(home, port, controllerPort, log, options);
		}

		public Path dataDir() {
			return this.home.resolve("data");
		}

	}

}
