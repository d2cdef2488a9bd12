package com.qbobridge.localstack.process;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProcessesTests {

	@Test
	void aRunningProcessRunsAndAnExitedOneDoesNot() throws Exception {
		Process sleeper = new ProcessBuilder(List.of("sleep", "300")).start();
		try {
			assertThat(Processes.isRunning(sleeper.toHandle())).isTrue();
		}
		finally {
			sleeper.destroyForcibly().waitFor();
		}
		assertThat(Processes.isRunning(sleeper.toHandle())).isFalse();
		assertThat(Processes.isRunning(ProcessHandle.current())).isTrue();
	}

	@Test
	void anExitedButUnreapedChildDoesNotRun() throws Exception {
		// The shell's child exits at once but the shell, busy in exec'd sleep, never reaps it: a zombie.
		Process shell = new ProcessBuilder(List.of("sh", "-c", "true & exec sleep 300")).start();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> shell.children().findAny().isPresent());
			ProcessHandle zombie = shell.children().findFirst().orElseThrow();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(Processes.isRunning(zombie)).isFalse());
			assertThat(zombie.isAlive()).as("ProcessHandle counts a zombie as alive").isTrue();
		}
		finally {
			shell.destroyForcibly().waitFor();
		}
	}

}
