package com.qbobridge.localstack.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds a service's executable jar in its module's {@code target} folder, where {@code ./mvnw package} puts it.
 */
public final class ServiceJars {

	private ServiceJars() {
	}

	/**
	 * The executable jar of a module.
	 * @param root the repository root
	 * @param module the module folder, e.g. {@code import-service}
	 * @return the jar
	 * @throws IllegalStateException naming the build command if it was not built
	 */
	public static Path find(Path root, String module) {
		Path target = root.resolve(module).resolve("target");
		if (Files.isDirectory(target)) {
			try (Stream<Path> files = Files.list(target)) {
				return files
					.filter((file) -> file.getFileName()
						.toString()
						.matches(module + "-\\d[^/]*(?<!-plain|-sources)\\.jar"))
					.findFirst()
					.orElseThrow(() -> missing(module));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		throw missing(module);
	}

	private static IllegalStateException missing(String module) {
		return new IllegalStateException("No jar of " + module + " in " + module
				+ "/target; build it first with ./mvnw -B -ntp -DskipTests package (./run-local.sh does).");
	}

}
