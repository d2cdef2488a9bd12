package com.qbobridge.testsupport.faults;

import java.io.File;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.qbobridge.testsupport.ServiceProcess;

/**
 * A real single-node Kafka broker (Apache Kafka's own server, KRaft combined mode) in a child JVM on fixed ports, so
 * that a test can kill it and start it again on the same data while the services keep running, as local-stack's
 * launcher runs it. The caller's class path must hold {@code org.apache.kafka:kafka_2.13} (test scope is enough):
 * the child runs {@code kafka.Kafka} from it.
 */
public final class KafkaServerProcess implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(KafkaServerProcess.class);

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

	private final Path home;

	private final int port;

	private final Path log;

	private final List<String> command;

	private volatile Process process;

	private KafkaServerProcess(Path home, int port, Path log, List<String> command, Process process) {
		this.home = home;
		this.port = port;
		this.log = log;
		this.command = command;
		this.process = process;
	}

	/**
	 * Formats a fresh storage folder under {@code target/} and starts the broker on free ports; returns once it
	 * answers metadata requests.
	 * @return the running broker
	 */
	public static KafkaServerProcess start() {
		int port = ServiceProcess.freePort();
		int controllerPort = ServiceProcess.freePort();
		try {
			Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()),
					"kafka-");
			Path properties = home.resolve("server.properties");
			Files.writeString(properties, render(properties(home.resolve("data"), port, controllerPort)));
			Path log = home.resolve("kafka.log");
			run(java("kafka.tools.StorageTool", "format", "--ignore-formatted", "-t", Uuid.randomUuid().toString(),
					"-c", properties.toString()), log);
			List<String> command = java("kafka.Kafka", properties.toString());
			KafkaServerProcess broker = new KafkaServerProcess(home, port, log, command, launch(command, log));
			Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-server-stop"));
			broker.awaitReady();
			logger.info("Kafka server runs at {} (log: {})", broker.bootstrapServers(), log);
			return broker;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the Kafka server", ex);
		}
	}

	/**
	 * The broker's address.
	 * @return e.g. {@code localhost:40123}, the same after a restart
	 */
	public String bootstrapServers() {
		return "localhost:" + this.port;
	}

	/**
	 * Whether the broker's JVM runs.
	 * @return {@code false} after {@link #kill()}
	 */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** Kills the broker's JVM at once ({@code kill -9}): no controlled shutdown, logs recovered on the next start. */
	public void kill() {
		Process running = this.process;
		running.destroyForcibly();
		try {
			running.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		logger.info("Kafka server killed");
	}

	/** Starts the broker again on the same ports and data; returns once it answers. */
	public void restart() {
		if (this.process.isAlive()) {
			throw new IllegalStateException("The broker still runs; kill it first");
		}
		this.process = launch(this.command, this.log);
		awaitReady();
		logger.info("Kafka server restarted at {}", bootstrapServers());
	}

	@Override
	public void close() {
		Process running = this.process;
		if (running.isAlive()) {
			running.destroy();
			try {
				if (!running.waitFor(30, TimeUnit.SECONDS)) {
					running.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				running.destroyForcibly();
			}
		}
	}

	private void awaitReady() {
		Instant deadline = Instant.now().plus(READY_TIMEOUT);
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3_000, AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
		try (Admin admin = Admin.create(config)) {
			while (true) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("Kafka exited with " + this.process.exitValue() + "; see " + this.log);
				}
				try {
					admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
					return;
				}
				catch (ExecutionException | TimeoutException ex) {
					if (Instant.now().isAfter(deadline)) {
						throw new IllegalStateException("Kafka did not answer within " + READY_TIMEOUT + "; see "
								+ this.log, ex);
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> properties(Path data, int port, int controllerPort) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", "1");
		properties.put("controller.quorum.voters", "1@localhost:" + controllerPort);
		properties.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
		properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
		properties.put("controller.listener.names", "CONTROLLER");
		properties.put("inter.broker.listener.name", "PLAINTEXT");
		properties.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
		properties.put("log.dirs", data.toString());
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
		StringBuilder text = new StringBuilder();
		properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
		return text.toString();
	}

	private static List<String> java(String mainClass, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
		command.addAll(List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-Djava.awt.headless=true", "-cp", classPath(), mainClass));
		command.addAll(List.of(arguments));
		return command;
	}

	/** Surefire names the test class path in a property; a plain JVM has it in {@code java.class.path}. */
	private static String classPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return (surefire != null && !surefire.isBlank()) ? surefire : System.getProperty("java.class.path");
	}

	private static Process launch(List<String> command, Path log) {
		try {
			return new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Kafka", ex);
		}
	}

	private static void run(List<String> command, Path log) {
		Process process = launch(command, log);
		try {
			if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException("Formatting the Kafka storage failed; see " + log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "KafkaServerProcess[" + bootstrapServers() + " in " + this.home + "]";
	}

}
