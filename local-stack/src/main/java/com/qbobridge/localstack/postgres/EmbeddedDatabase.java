package com.qbobridge.localstack.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import com.qbobridge.localstack.process.Processes;

/**
 * A real PostgreSQL server started from the binaries in zonky's Maven artifacts, so that a machine with only Java can
 * run the product. The server process is a child of the launcher and is stopped (and its data removed unless kept)
 * on {@link #close()}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final DatabaseServer server;

	private final ProcessHandle postmaster;

	private EmbeddedDatabase(EmbeddedPostgres postgres, ProcessHandle postmaster) {
		this.postgres = postgres;
		this.postmaster = postmaster;
		this.server = new DatabaseServer("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres",
				"");
	}

	/**
	 * Starts PostgreSQL on a fixed port.
	 * @param port the port; the services get it through {@code DATABASE_URL}
	 * @param dataDir the data folder; an initialised one is reused when {@code keepData} is true
	 * @param keepData whether the data outlives this run
	 * @param log where the server writes its output
	 * @return the running server
	 */
	public static EmbeddedDatabase start(int port, Path dataDir, boolean keepData, Path log) {
		try {
			Files.createDirectories(dataDir.getParent());
			Files.createDirectories(log.toAbsolutePath().getParent());
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setPort(port)
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(!keepData)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			return new EmbeddedDatabase(postgres, postmaster(dataDir));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL on port " + port + "; see " + log,
					ex);
		}
	}

	public DatabaseServer server() {
		return this.server;
	}

	/**
	 * The postmaster process. {@code pg_ctl} detaches it from the launcher (it is not a descendant and does not get
	 * the terminal's Ctrl-C), so its id comes from {@code postmaster.pid}.
	 * @return its handle
	 */
	public ProcessHandle process() {
		return this.postmaster;
	}

	private static ProcessHandle postmaster(Path dataDir) throws IOException {
		String pid = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
		return ProcessHandle.of(Long.parseLong(pid))
			.orElseThrow(() -> new IllegalStateException("PostgreSQL (pid " + pid + ") is not running"));
	}

	/**
	 * Stops the server ({@code pg_ctl stop}), kills it if it is still there after that, and removes its data unless it
	 * is kept.
	 */
	@Override
	public void close() {
		try {
			this.postgres.close();
			if (Processes.isRunning(this.postmaster)) {
				this.postmaster.destroyForcibly();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop the embedded PostgreSQL", ex);
		}
	}

}
