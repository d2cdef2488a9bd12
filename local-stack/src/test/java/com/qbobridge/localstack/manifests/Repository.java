package com.qbobridge.localstack.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the repository's deployment files for the tests that check them.
 */
final class Repository {

	private Repository() {
	}

	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("shared-schemas"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("Not inside the repository");
	}

	static Path file(String path) {
		return root().resolve(path);
	}

	static String read(String path) {
		try {
			return Files.readString(file(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<String, Object> yaml(String path) {
		return new Yaml(new LoaderOptions()).load(read(path));
	}

	static List<Map<String, Object>> yamlDocuments(String path) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml(new LoaderOptions()).loadAll(read(path))) {
			if (document != null) {
				documents.add(map(document));
			}
		}
		return documents;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) Objects.requireNonNull(value);
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		return (List<Object>) Objects.requireNonNull(value);
	}

	/**
	 * Follows a path of keys through nested maps.
	 */
	static Object at(Map<String, Object> root, String... keys) {
		Object current = root;
		for (String key : keys) {
			current = map(current).get(key);
			if (current == null) {
				throw new AssertionError("No '" + key + "' in " + String.join(".", keys));
			}
		}
		return current;
	}

	/**
	 * Whether a command is on the PATH, for checks that use a tool when the machine has it.
	 */
	static boolean onPath(String command) {
		String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
		for (String dir : path.split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}

}
