package com.qbobridge.localstack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a process still runs. {@link ProcessHandle#isAlive()} also answers true for a zombie: a process that has
 * exited but was not reaped, which happens to PostgreSQL's postmaster ({@code pg_ctl} detaches it) in a container
 * whose PID 1 does not reap orphans. A zombie holds no port, file or memory, so it does not count as left behind.
 */
public final class Processes {

	private Processes() {
	}

	/**
	 * Whether the process runs: alive and, where {@code /proc} tells, not a zombie.
	 * @param process the process
	 * @return true if it still runs
	 */
	public static boolean isRunning(ProcessHandle process) {
		if (!process.isAlive()) {
			return false;
		}
		Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
		try {
			String content = Files.readString(stat);
			int end = content.lastIndexOf(')');
			char state = (end >= 0 && end + 2 < content.length()) ? content.charAt(end + 2) : 'R';
			return state != 'Z' && state != 'X';
		}
		catch (IOException ex) {
			// No /proc (macOS) or the process is gone by now.
			return process.isAlive();
		}
	}

}
