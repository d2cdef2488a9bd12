package com.qbobridge.localstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A process the local stack started, with its output in a log file; {@link #stop(Duration)} ends it and every process
 * it started, so that nothing is left behind.
 */
public final class ChildProcess {

	private final String name;

	private final Process process;

	private final Path log;

	private ChildProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts a command with extra environment variables, stdout and stderr appended to a log file.
	 * @param name what the process is, for messages
	 * @param command the command line, must not be empty
	 * @param environment variables added to (and overriding) the launcher's own environment
	 * @param log the log file, created with its folder if missing
	 * @return the running process
	 */
	public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
		Objects.requireNonNull(name, "name must not be null");
		if (command.isEmpty()) {
			throw new IllegalArgumentException("command must not be empty");
		}
		try {
			Files.createDirectories(log.toAbsolutePath().getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			return new ChildProcess(name, builder.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name + ": " + String.join(" ", command), ex);
		}
	}

	/**
	 * Runs a command to completion, its output appended to a log file.
	 * @param name what the command does, for messages
	 * @param command the command line
	 * @param log the log file
	 * @param timeout how long it may take
	 * @throws IllegalStateException if it fails or times out
	 */
	public static void run(String name, List<String> command, Path log, Duration timeout) {
		ChildProcess child = start(name, command, Map.of(), log);
		try {
			if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				child.stop(Duration.ofSeconds(5));
				throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			child.stop(Duration.ofSeconds(5));
			throw new IllegalStateException("Interrupted: " + name, ex);
		}
		if (child.process.exitValue() != 0) {
			throw new IllegalStateException(
					name + " failed with exit code " + child.process.exitValue() + "; see " + log);
		}
	}

	public String name() {
		return this.name;
	}

	public long pid() {
		return this.process.pid();
	}

	public Path log() {
		return this.log;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * The process's handle, for watching it and its descendants.
	 * @return the handle
	 */
	public ProcessHandle handle() {
		return this.process.toHandle();
	}

	/**
	 * The exit code, once it ended.
	 * @return the exit code
	 * @throws IllegalThreadStateException if it still runs
	 */
	public int exitValue() {
		return this.process.exitValue();
	}

	/**
	 * Asks the process and its descendants to stop (SIGTERM), waits up to {@code grace}, then kills whatever is left.
	 * The descendants are collected first: once the parent is gone they would be re-parented and out of reach.
	 * @param grace how long a graceful shutdown may take
	 */
	public void stop(Duration grace) {
		List<ProcessHandle> descendants = this.process.descendants().toList();
		this.process.destroy();
		descendants.forEach(ProcessHandle::destroy);
		try {
			if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
		for (ProcessHandle descendant : descendants) {
			if (descendant.isAlive()) {
				descendant.destroyForcibly();
			}
		}
	}

	@Override
	public String toString() {
		return this.name + " (pid " + pid() + ")";
	}

}
