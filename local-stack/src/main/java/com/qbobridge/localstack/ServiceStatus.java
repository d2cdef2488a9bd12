package com.qbobridge.localstack;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * One line of the status table the launcher prints: a part of the stack, where it listens and whether it is up.
 *
 * @param name the part, e.g. {@code kafka} or {@code import-service}
 * @param address where it listens
 * @param state {@code UP}, {@code DOWN} or {@code EXITED (code)}
 * @param pid its process id, or {@code null} for an external server
 * @param log its log file, or {@code null} for an external server
 */
public record ServiceStatus(String name, String address, String state, @Nullable Long pid, @Nullable Path log) {

	/**
	 * Renders rows as an aligned text table.
	 * @param rows the rows
	 * @param root paths are shown relative to this folder
	 * @return the table, one line per row plus a header
	 */
	public static String table(Iterable<ServiceStatus> rows, Path root) {
		String format = "  %-18s %-32s %-12s %-8s %s%n";
		StringBuilder table = new StringBuilder(String.format(format, "PART", "ADDRESS", "STATE", "PID", "LOG"));
		for (ServiceStatus row : rows) {
			Path log = row.log();
			table.append(String.format(format, row.name(), row.address(), row.state(),
					(row.pid() != null) ? row.pid() : "-",
					(log != null) ? shown(log, root) : "-"));
		}
		return table.toString();
	}

	private static Path shown(Path log, Path root) {
		Path absolute = log.toAbsolutePath();
		return absolute.startsWith(root.toAbsolutePath()) ? root.toAbsolutePath().relativize(absolute) : absolute;
	}

}
