package com.qbobridge.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One service of the product as its own JVM from its executable jar, like test-support's {@code ServiceProcess}, but
 * with the heap the benchmark prescribes and a GC log, so that peak heap and GC time can be read per service.
 */
final class ServiceJvm implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(15);

	private final String module;

	private final Process process;

	private final int port;

	private final String maxHeap;

	private final Path log;

	private final Path gcLog;

	private ServiceJvm(String module, Process process, int port, String maxHeap, Path log, Path gcLog) {
		this.module = module;
		this.process = process;
		this.port = port;
		this.maxHeap = maxHeap;
		this.log = log;
		this.gcLog = gcLog;
	}

	/**
	 * Starts a module's jar and waits until {@code /actuator/health} answers.
	 * @param module the module folder, e.g. {@code connector-service}
	 * @param port the HTTP port
	 * @param maxHeap the {@code -Xmx} value, e.g. {@code 256m}
	 * @param properties Spring properties passed as {@code --key=value}
	 * @param logs the folder for the service's output and GC log
	 * @return the running service
	 */
	static ServiceJvm start(String module, int port, String maxHeap, Map<String, String> properties, Path logs) {
		Path jar = jar(module);
		Path log = logs.resolve(module + ".log");
		Path gcLog = logs.resolve(module + "-gc.log");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + maxHeap,
				"-Xlog:gc:file=" + gcLog + ":utctime", "-jar", jar.toString(), "--server.port=" + port));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Files.createDirectories(logs);
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			ServiceJvm service = new ServiceJvm(module, process, port, maxHeap, log, gcLog);
			Runtime.getRuntime().addShutdownHook(new Thread(service::close, module + "-stop"));
			service.awaitHealthy();
			return service;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + module, ex);
		}
	}

	String module() {
		return this.module;
	}

	String maxHeap() {
		return this.maxHeap;
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	Path gcLog() {
		return this.gcLog;
	}

	Path log() {
		return this.log;
	}

	boolean alive() {
		return this.process.isAlive();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
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
				throw new IllegalStateException(this.module + " exited during start-up; see " + this.log);
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
				throw new IllegalStateException(ex);
			}
			this.process.onExit().completeOnTimeout(this.process, 500, TimeUnit.MILLISECONDS).join();
		}
		close();
		throw new IllegalStateException(this.module + " was not healthy within " + START_TIMEOUT + "; see " + this.log);
	}

	private static Path jar(String module) {
		Path target = Bench.root().resolve(module).resolve("target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().matches(module + "-[^-]+(-SNAPSHOT)?\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No executable jar of " + module + " in " + target));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No executable jar of " + module + "; bench/run.sh builds it", ex);
		}
	}

	private static String javaExecutable() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}

}
