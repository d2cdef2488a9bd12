package com.qbobridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of every process a figure runs on, read from Linux's {@code /proc} before and after it: each service's
 * and the sandbox's JVM, this JVM (which hosts the Kafka broker), PostgreSQL's processes together, and the machine's
 * busy and idle time. It tells whether a figure waited (idle cores) or was bound by the CPU, and who used it.
 */
final class CpuClock {

	/** Linux reports process times in clock ticks of 1/100 s on every common configuration ({@code CLK_TCK}). */
	private static final double TICKS_PER_SECOND = 100;

	static final String BROKER_AND_BENCH = "bench JVM (Kafka broker)";

	static final String POSTGRES = "PostgreSQL";

	private CpuClock() {
	}

	/**
	 * The CPU seconds used so far by each process named, this JVM and PostgreSQL, plus {@code machine busy} and
	 * {@code machine idle} over all cores; empty where {@code /proc} cannot be read.
	 * @param pids process id by name
	 * @return seconds by name, in the order given, then this JVM, PostgreSQL and the machine
	 */
	static Map<String, Double> now(Map<String, Long> pids) {
		Map<String, Double> seconds = new LinkedHashMap<>();
		pids.forEach((name, pid) -> seconds.put(name, processSeconds(pid)));
		seconds.put(BROKER_AND_BENCH, processSeconds(ProcessHandle.current().pid()));
		seconds.put(POSTGRES, postgresSeconds());
		double[] machine = machineSeconds();
		seconds.put("machine busy", machine[0]);
		seconds.put("machine idle", machine[1]);
		return seconds;
	}

	/**
	 * What was used between two readings, in words: each process's CPU seconds and milliseconds per invoice, and how
	 * busy the machine's cores were.
	 * @param before the first reading
	 * @param after the second
	 * @param invoices what the figure moved, for the per-invoice figures
	 * @return e.g. {@code machine 97 % busy; connector-service 5.1 s (0.51 ms/invoice), ...}
	 */
	static String between(Map<String, Double> before, Map<String, Double> after, long invoices) {
		double busy = after.getOrDefault("machine busy", 0.0) - before.getOrDefault("machine busy", 0.0);
		double idle = after.getOrDefault("machine idle", 0.0) - before.getOrDefault("machine idle", 0.0);
		StringBuilder words = new StringBuilder();
		if (busy + idle > 0) {
			words.append(String.format(Locale.ROOT, "machine %.0f %% busy (%.1f of %.1f core-seconds)",
					100 * busy / (busy + idle), busy, busy + idle));
		}
		for (Map.Entry<String, Double> entry : after.entrySet()) {
			String name = entry.getKey();
			if (name.startsWith("machine ") || !before.containsKey(name)) {
				continue;
			}
			double used = entry.getValue() - before.get(name);
			words.append((words.length() > 0) ? "; " : "")
				.append(String.format(Locale.ROOT, "%s %.1f s (%.2f ms/invoice)", name, used,
						1000 * used / Math.max(1, invoices)));
		}
		return words.toString();
	}

	private static double processSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static double postgresSeconds() {
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			return processes.filter((dir) -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
				.filter((dir) -> {
					try {
						return Files.readString(dir.resolve("comm")).strip().equals("postgres");
					}
					catch (IOException ex) {
						return false;
					}
				})
				.mapToDouble((dir) -> processSeconds(Long.parseLong(dir.getFileName().toString())))
				.sum();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/** Busy (user, nice, system, irq, softirq, steal) and idle (idle, iowait) seconds over all cores. */
	private static double[] machineSeconds() {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
				busy += Long.parseLong(cpu[i]);
			}
			long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
			return new double[] { busy / TICKS_PER_SECOND, idle / TICKS_PER_SECOND };
		}
		catch (IOException | RuntimeException ex) {
			return new double[] { 0, 0 };
		}
	}

}
