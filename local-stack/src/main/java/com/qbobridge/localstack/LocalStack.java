package com.qbobridge.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.qbobridge.localstack.kafka.KafkaBroker;
import com.qbobridge.localstack.kafka.TopicProvisioner;
import com.qbobridge.localstack.kafka.TopicSpec;
import com.qbobridge.localstack.postgres.DatabaseServer;
import com.qbobridge.localstack.postgres.Databases;
import com.qbobridge.localstack.postgres.EmbeddedDatabase;
import com.qbobridge.localstack.process.ChildProcess;
import com.qbobridge.localstack.process.JavaCommand;
import com.qbobridge.localstack.process.Ports;
import com.qbobridge.localstack.process.Processes;
import com.qbobridge.localstack.services.HealthProbe;
import com.qbobridge.localstack.services.HealthProbe.Health;
import com.qbobridge.localstack.services.LocalSecrets;
import com.qbobridge.localstack.services.ServiceDefinition;
import com.qbobridge.localstack.services.ServiceEnvironment;
import com.qbobridge.localstack.services.ServiceJars;

/**
 * The one-command local run behind {@code ./run-local.sh}: a real Kafka broker, a real PostgreSQL, the topics of the
 * catalog, qbo-sandbox and the four services, each a child process with its own log, and all of it stopped in order
 * (services, then Kafka, then PostgreSQL) when the launcher is asked to stop. No Spring context: the launcher only
 * starts and watches processes.
 */
public final class LocalStack implements AutoCloseable {

	/** The page a newcomer opens. */
	public static final String APP_URL = "http://localhost:8080";

	private static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofSeconds(120);

	private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);

	private final StackSettings settings;

	private final PrintStream out;

	private final LocalSecrets secrets = LocalSecrets.generate(new SecureRandom());

	private final HealthProbe health = new HealthProbe();

	private final Map<ServiceDefinition, ChildProcess> services = Collections.synchronizedMap(new LinkedHashMap<>());

	private final AtomicBoolean closing = new AtomicBoolean();

	private final Path runDir;

	private final Path dataDir;

	private @Nullable KafkaBroker kafka;

	private @Nullable EmbeddedDatabase postgres;

	private @Nullable String bootstrapServers;

	private @Nullable DatabaseServer database;

	/**
	 * Prepares a stack; nothing runs before {@link #start()}.
	 * @param settings what to start
	 * @param out where progress and the status table go
	 */
	public LocalStack(StackSettings settings, PrintStream out) {
		this.settings = settings;
		this.out = out;
		this.runDir = settings.stateDir().resolve("run-" + ProcessHandle.current().pid());
		this.dataDir = settings.keepData() ? settings.stateDir().resolve("data") : this.runDir;
	}

	/**
	 * Starts the stack and keeps it running until the JVM is asked to stop (Ctrl-C, SIGTERM).
	 * @param args not used; settings come from environment variables
	 */
	public static void main(String[] args) {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		// The admin client warns on every retry while the broker starts; the launcher reports failures itself.
		System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
		StackSettings settings;
		try {
			settings = StackSettings.fromEnvironment(System.getenv(), repositoryRoot());
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		LocalStack stack = new LocalStack(settings, System.out);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stack.close();
			stopped.countDown();
		}, "local-stack-stop"));
		try {
			stack.start();
			stack.printWelcome();
		}
		catch (RuntimeException ex) {
			System.err.println();
			System.err.println("The local stack could not start: " + ex.getMessage());
			System.exit(1);
		}
		try {
			stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Checks the ports, then starts Kafka and PostgreSQL, creates topics and databases, starts the services and waits
	 * until every one is healthy.
	 * @throws IllegalStateException if anything fails; what did start keeps running until {@link #close()}
	 */
	public void start() {
		Ports.requireFree(this.settings.portsToListenOn());
		prepareFolders();
		startInfrastructure();
		startServices();
		awaitHealthy();
	}

	private void prepareFolders() {
		try {
			Files.createDirectories(logs());
			try (Stream<Path> files = Files.list(logs())) {
				for (Path log : files.filter((file) -> file.toString().endsWith(".log")).toList()) {
					Files.delete(log);
				}
			}
			removeAbandonedRunFolders();
			Files.createDirectories(this.runDir);
			Files.createDirectories(this.dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare " + this.settings.stateDir(), ex);
		}
	}

	/**
	 * A launcher killed with SIGKILL cannot clean up; its {@code run-<pid>} folder is removed by the next run.
	 */
	private void removeAbandonedRunFolders() throws IOException {
		try (Stream<Path> folders = Files.list(this.settings.stateDir())) {
			for (Path folder : folders.toList()) {
				String name = folder.getFileName().toString();
				if (name.matches("run-\\d+") && ProcessHandle.of(Long.parseLong(name.substring(4)))
					.filter(ProcessHandle::isAlive)
					.isEmpty()) {
					deleteRecursively(folder);
				}
			}
		}
	}

	private void startInfrastructure() {
		String externalKafka = this.settings.externalKafka();
		if (externalKafka == null) {
			step("Starting Kafka (KRaft, single node) on localhost:" + this.settings.kafkaPort());
			this.kafka = KafkaBroker.start(KafkaBroker.Settings.of(this.dataDir.resolve("kafka"),
					this.settings.kafkaPort(), this.settings.kafkaControllerPort(), logs().resolve("kafka.log")));
			this.bootstrapServers = this.kafka.bootstrapServers();
		}
		else {
			step("Using the Kafka broker at " + externalKafka);
			this.bootstrapServers = externalKafka;
		}
		DatabaseServer externalDatabase = this.settings.externalDatabase();
		if (externalDatabase == null) {
			step("Starting PostgreSQL (embedded) on localhost:" + this.settings.postgresPort());
			this.postgres = EmbeddedDatabase.start(this.settings.postgresPort(), this.dataDir.resolve("postgres"),
					this.settings.keepData(), logs().resolve("postgresql.log"));
			this.database = this.postgres.server();
		}
		else {
			step("Using the PostgreSQL server at " + externalDatabase.jdbcUrl());
			this.database = externalDatabase;
		}
		List<String> created = Databases.ensure(this.database, Databases.SERVICE_DATABASES);
		step("Databases " + Databases.SERVICE_DATABASES + " ready" + (created.isEmpty() ? " (kept)" : ""));
		if (this.kafka != null) {
			this.kafka.awaitReady(INFRASTRUCTURE_TIMEOUT);
		}
		TopicProvisioner.Provisioned topics = TopicProvisioner.ensureTopics(kafkaBootstrapServers(),
				TopicSpec.fromCatalog(), (short) 1, INFRASTRUCTURE_TIMEOUT);
		step("Topics ready: " + topics.created().size() + " created, " + topics.grown().size() + " grown, "
				+ topics.existing().size() + " already there");
	}

	private void startServices() {
		for (ServiceDefinition service : this.settings.services()) {
			Path jar = runnableCopy(ServiceJars.find(this.settings.root(), service.name()));
			synchronized (this.services) {
				if (this.closing.get()) {
					throw new IllegalStateException("Stopping; " + service.name() + " is not started");
				}
				step("Starting " + service.name() + " on port " + service.port());
				ChildProcess process = ChildProcess.start(service.name(),
						JavaCommand.jar(this.settings.serviceJavaOptions(), jar.toString()),
						ServiceEnvironment.of(service, kafkaBootstrapServers(), database(), this.secrets),
						logs().resolve(service.name() + ".log"));
				this.services.put(service, process);
				process.handle().onExit().thenRun(() -> reportExit(service, process));
			}
		}
	}

	/**
	 * A copy of the jar in this run's folder: a {@code ./mvnw package} while the stack runs rewrites the jars in
	 * {@code target/}, and a JVM whose jar changes under it fails on the next class it loads.
	 */
	private Path runnableCopy(Path jar) {
		try {
			Path copy = Files.createDirectories(this.runDir.resolve("jars")).resolve(jar.getFileName());
			return Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy " + jar, ex);
		}
	}

	private void reportExit(ServiceDefinition service, ChildProcess process) {
		if (!this.closing.get()) {
			this.out.println(service.name() + " stopped on its own (exit code " + process.exitValue() + "); see "
					+ process.log());
		}
	}

	private void awaitHealthy() {
		if (this.services.isEmpty()) {
			return;
		}
		step("Waiting for every /actuator/health to be UP (first start takes a minute or two)");
		Instant deadline = Instant.now().plus(this.settings.startTimeout());
		List<ServiceDefinition> waiting = new ArrayList<>(this.services.keySet());
		while (!waiting.isEmpty()) {
			for (ServiceDefinition service : List.copyOf(waiting)) {
				ChildProcess process = this.services.get(service);
				if (!process.isAlive()) {
					throw new IllegalStateException(service.name() + " exited with code " + process.exitValue()
							+ " during start-up; see " + process.log());
				}
				if (this.health.check(service.healthUrl()) == Health.UP) {
					step(service.name() + " is UP");
					waiting.remove(service);
				}
			}
			if (!waiting.isEmpty()) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("Not healthy within " + this.settings.startTimeout() + ": "
							+ waiting.stream().map(ServiceDefinition::name).toList() + "; see their logs in " + logs());
				}
				pause(Duration.ofMillis(500));
			}
		}
	}

	private void printWelcome() {
		this.out.println();
		this.out.print(ServiceStatus.table(status(), this.settings.root()));
		this.out.println();
		this.out.println("QBO Bridge runs. Open " + APP_URL);
		this.out.println("  app login:             creditor@example.com / password");
		this.out.println("  QuickBooks (sandbox):  creditor@example.com / sandbox   (when you connect a company)");
		Path root = this.settings.root().toAbsolutePath();
		Path logs = logs().toAbsolutePath();
		this.out.println("Logs: " + (logs.startsWith(root) ? root.relativize(logs) : logs) + "/. Ctrl-C stops everything.");
	}

	/**
	 * The state of every part: the broker, the database and each service.
	 * @return one row per part
	 */
	public List<ServiceStatus> status() {
		List<ServiceStatus> rows = new ArrayList<>();
		KafkaBroker broker = this.kafka;
		if (broker != null) {
			rows.add(new ServiceStatus("kafka", kafkaBootstrapServers(), broker.process().isAlive() ? "UP" : "EXITED",
					broker.process().pid(), broker.process().log()));
		}
		else if (this.bootstrapServers != null) {
			rows.add(new ServiceStatus("kafka (external)", this.bootstrapServers, "UP", null, null));
		}
		EmbeddedDatabase embedded = this.postgres;
		if (embedded != null) {
			rows.add(new ServiceStatus("postgresql", "localhost:" + this.settings.postgresPort(),
					Processes.isRunning(embedded.process()) ? "UP" : "EXITED", embedded.process().pid(),
					logs().resolve("postgresql.log")));
		}
		else if (this.database != null) {
			rows.add(new ServiceStatus("postgresql (ext.)", this.database.jdbcUrl(), "UP", null, null));
		}
		synchronized (this.services) {
			this.services.forEach((service, process) -> rows.add(new ServiceStatus(service.name(),
					"http://localhost:" + service.port(), state(service, process), process.pid(), process.log())));
		}
		return rows;
	}

	private String state(ServiceDefinition service, ChildProcess process) {
		if (!process.isAlive()) {
			return "EXITED (" + process.exitValue() + ")";
		}
		return this.health.check(service.healthUrl()).name();
	}

	public String kafkaBootstrapServers() {
		if (this.bootstrapServers == null) {
			throw new IllegalStateException("Kafka is not started yet");
		}
		return this.bootstrapServers;
	}

	public DatabaseServer database() {
		if (this.database == null) {
			throw new IllegalStateException("PostgreSQL is not started yet");
		}
		return this.database;
	}

	/**
	 * Every process this stack started that still runs: the children with their descendants, and the embedded
	 * PostgreSQL (which {@code pg_ctl} detaches).
	 * @return the live processes
	 */
	public List<ProcessHandle> liveProcesses() {
		List<ProcessHandle> live = new ArrayList<>(
				ProcessHandle.current().descendants().filter(Processes::isRunning).toList());
		EmbeddedDatabase embedded = this.postgres;
		if (embedded != null && Processes.isRunning(embedded.process())) {
			live.add(embedded.process());
		}
		return live;
	}

	/**
	 * Stops everything in order: the services (together, each gracefully), then Kafka, then PostgreSQL; then removes
	 * the run folder (with the data, unless it is kept in {@code .local-stack/data}). Safe to call more than once and
	 * from a shutdown hook.
	 */
	@Override
	public void close() {
		if (!this.closing.compareAndSet(false, true)) {
			return;
		}
		this.out.println();
		List<ChildProcess> running;
		synchronized (this.services) {
			running = new ArrayList<>(this.services.values());
		}
		if (!running.isEmpty()) {
			step("Stopping the services");
			CompletableFuture.allOf(running.stream()
				.map((process) -> CompletableFuture.runAsync(() -> process.stop(SERVICE_STOP_GRACE)))
				.toArray(CompletableFuture[]::new)).join();
		}
		if (this.kafka != null) {
			step("Stopping Kafka");
			this.kafka.close();
		}
		if (this.postgres != null) {
			step("Stopping PostgreSQL");
			this.postgres.close();
		}
		deleteRecursively(this.runDir);
		List<ProcessHandle> left = liveProcesses();
		left.forEach(ProcessHandle::destroyForcibly);
		step("Stopped" + (left.isEmpty() ? ""
				: " (killed what did not stop: " + left.stream()
					.map((process) -> process.pid() + " " + process.info().command().orElse("?"))
					.toList() + ")"));
	}

	private Path logs() {
		return this.settings.stateDir().resolve("logs");
	}

	private void step(String message) {
		this.out.println("[local-stack] " + message);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static void deleteRecursively(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not remove " + folder, ex);
		}
	}

	/**
	 * The repository root: the working directory or the nearest folder above it with the Maven wrapper and the
	 * service modules, else the folder two levels above this jar ({@code local-stack/target/}).
	 */
	static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("shared-schemas"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		try {
			Path jar = Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return jar.getParent().getParent().getParent();
		}
		catch (java.net.URISyntaxException | NullPointerException ex) {
			throw new IllegalStateException("Run the launcher from the repository: ./run-local.sh", ex);
		}
	}

}
