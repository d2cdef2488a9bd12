package com.qbobridge.localstack.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

class ChildProcessTests {

	@Test
	void stopsTheProcessAndEveryProcessItStarted(@TempDir Path dir) {
		Path log = dir.resolve("logs/sleeper.log");
		ChildProcess parent = ChildProcess.start("sleeper",
				List.of("sh", "-c", "echo started $GREETING; sleep 300 & sleep 300 & wait"), Map.of("GREETING", "hi"),
				log);
		await().atMost(Duration.ofSeconds(30)).until(() -> parent.handle().descendants().count() == 2);
		List<ProcessHandle> grandchildren = parent.handle().descendants().toList();

		parent.stop(Duration.ofSeconds(10));

		assertThat(parent.isAlive()).isFalse();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(grandchildren).noneMatch(ProcessHandle::isAlive));
		assertThat(log).content().contains("started hi");
	}

	@Test
	void reportsAFailedCommandWithItsLog(@TempDir Path dir) throws Exception {
		Path log = dir.resolve("fail.log");

		assertThatIllegalStateException()
			.isThrownBy(() -> ChildProcess.run("Failing", List.of("sh", "-c", "echo broken; exit 3"), log,
					Duration.ofSeconds(30)))
			.withMessageContaining("exit code 3")
			.withMessageContaining(log.toString());
		assertThat(Files.readString(log)).contains("broken");
	}

}
