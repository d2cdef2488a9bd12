package com.qbobridge.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of this repository's services running as its own JVM from its executable jar, so that tests talk to it over
 * real HTTP exactly as other services do. The jar must have been built ({@code ./mvnw package}; the reactor builds
 * modules in order, so a full {@code verify} always has it). The process is stopped on {@link #close()} or when the
 * test JVM exits.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ServiceProcess.class);

	/** How long a service may take to become healthy; {@code -Dtest.service.start-timeout=300s} on a loaded machine. */
	private static final Duration START_TIMEOUT = Duration
		.parse("PT" + System.getProperty("test.service.start-timeout", "120s").toUpperCase(java.util.Locale.ROOT));

	/** The JVM options of a service in tests: a bounded heap and a fast start. */
	public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

	private final String module;

	/** Replaced by {@link #restart()}: the same service on the same port, as a new JVM. */
	private volatile Process process;

	private final int port;

	private final Path log;

	private final List<String> command;

	private ServiceProcess(String module, Process process, int port, Path log, List<String> command) {
		this.module = module;
		this.process = process;
		this.port = port;
		this.log = log;
		this.command = List.copyOf(command);
	}

	/**
	 * Starts a module's jar on a free port and waits until {@code /actuator/health} answers.
	 * @param module the module folder, e.g. {@code qbo-sandbox}
	 * @param properties Spring properties passed as {@code --key=value} arguments
	 * @return the running service
	 */
	public static ServiceProcess start(String module, Map<String, String> properties) {
		return start(module, freePort(), properties);
	}

	/**
	 * Starts a module's jar on a chosen port, for services that must know each other's addresses before they start.
	 * @param module the module folder, e.g. {@code import-service}
	 * @param port the port to listen on, e.g. from {@link #freePort()}
	 * @param properties Spring properties passed as {@code --key=value} arguments
	 * @return the running service
	 */
	public static ServiceProcess start(String module, int port, Map<String, String> properties) {
		return start(module, port, DEFAULT_JVM_OPTIONS, properties);
	}

	/**
	 * Starts a module's jar on a chosen port with chosen JVM options, e.g. the heap and GC log a benchmark prescribes.
	 * @param module the module folder, e.g. {@code import-service}
	 * @param port the port to listen on, e.g. from {@link #freePort()}
	 * @param jvmOptions options placed before {@code -jar}, e.g. {@code -Xmx256m}
	 * @param properties Spring properties passed as {@code --key=value} arguments
	 * @return the running service
	 */
	public static ServiceProcess start(String module, int port, List<String> jvmOptions,
			Map<String, String> properties) {
		Objects.requireNonNull(module, "module must not be null");
		Path jar = copyOf(jar(module));
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		Path log = Path.of("target", module + "-" + port + ".log").toAbsolutePath();
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			ServiceProcess service = new ServiceProcess(module, process, port, log, command);
			Runtime.getRuntime().addShutdownHook(new Thread(service::close, module + "-stop"));
			service.awaitHealthy();
			logger.info("{} runs at {} (log: {})", module, service.baseUrl(), log);
			return service;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + module, ex);
		}
	}

	/**
	 * The operating system's id of the service's current JVM (a restart starts a new one), e.g. to read its CPU time.
	 * @return the process id
	 */
	public long pid() {
		return this.process.pid();
	}

	/**
	 * The port the service listens on.
	 * @return the HTTP port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * The service's base URL.
	 * @return e.g. {@code http://localhost:41234}
	 */
	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * The module this process runs.
	 * @return e.g. {@code case-service}
	 */
	public String module() {
		return this.module;
	}

	/**
	 * Whether the process still runs.
	 * @return {@code false} once it exited
	 */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Where the service's output goes.
	 * @return the log file
	 */
	public Path log() {
		return this.log;
	}

	/**
	 * Kills the service's JVM at once, as {@code kill -9} does: no shutdown hook, no graceful stop, whatever it held
	 * in memory is gone. Returns once the process has exited.
	 */
	public void kill() {
		Process running = this.process;
		running.descendants().forEach(ProcessHandle::destroyForcibly);
		running.destroyForcibly();
		try {
			if (!running.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				throw new IllegalStateException(this.module + " did not exit after SIGKILL");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		logger.info("{} killed (pid {})", this.module, running.pid());
	}

	/**
	 * Starts the service again after it stopped or was {@link #kill() killed}: the same jar, port, JVM options and
	 * settings, its output appended to the same log. Returns once it is healthy.
	 * @throws IllegalStateException if it still runs or does not become healthy in time
	 */
	public void restart() {
		if (this.process.isAlive()) {
			throw new IllegalStateException(this.module + " still runs; kill or close it first");
		}
		try {
			this.process = new ProcessBuilder(this.command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not restart " + this.module, ex);
		}
		awaitHealthy();
		logger.info("{} restarted at {} (pid {})", this.module, baseUrl(), this.process.pid());
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.descendants().forEach(ProcessHandle::destroy);
			this.process.destroy();
			try {
				if (!this.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroyForcibly();
			}
		}
	}

	private void awaitHealthy() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.module + " exited with " + this.process.exitValue()
						+ " during start-up; see " + this.log);
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while starting " + this.module, ex);
			}
			this.process.onExit().completeOnTimeout(this.process, 250, java.util.concurrent.TimeUnit.MILLISECONDS)
				.join();
		}
		close();
		throw new IllegalStateException(this.module + " was not healthy within " + START_TIMEOUT + "; see " + this.log);
	}

	private static Path jar(String module) {
		Path target = root().resolve(module).resolve("target");
		if (Files.isDirectory(target)) {
			try (Stream<Path> files = Files.list(target)) {
				return files.filter((file) -> file.getFileName().toString().matches(module + "-[^-]+(-SNAPSHOT)?\\.jar"))
					.findFirst()
					.orElseThrow(() -> missing(module));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		throw missing(module);
	}

	/**
	 * A private copy of the jar, so that rebuilding the module while the service runs cannot pull classes from under
	 * it. Deleted when the JVM exits.
	 */
	private static Path copyOf(Path jar) {
		try {
			Path copy = Files.createTempFile(jar.getFileName().toString().replace(".jar", "-"), ".jar");
			Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
			copy.toFile().deleteOnExit();
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy " + jar, ex);
		}
	}

	private static IllegalStateException missing(String module) {
		return new IllegalStateException("No executable jar of " + module + "; build it first: ./mvnw -B -ntp -pl "
				+ module + " -am package -DskipTests");
	}

	/**
	 * The repository root: the nearest folder above the working directory that holds the Maven wrapper.
	 */
	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("shared-schemas"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("Not inside the repository: " + Path.of("").toAbsolutePath());
	}

	private static String javaExecutable() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}

	/**
	 * A port nothing listens on right now.
	 * @return the port
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
