package com.qbobridge.localstack;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceStatusTests {

	@Test
	void rendersOneAlignedLinePerPartWithLogsRelativeToTheRepository() {
		Path root = Path.of("/repo");
		String table = ServiceStatus.table(List.of(
				new ServiceStatus("kafka", "localhost:9092", "UP", 42L, root.resolve(".local-stack/logs/kafka.log")),
				new ServiceStatus("postgresql (ext.)", "jdbc:postgresql://db/postgres", "UP", null, null)), root);

		assertThat(table.lines()).hasSize(3);
		assertThat(table.lines().toList().get(1)).contains("kafka", "localhost:9092", "UP", "42",
				".local-stack/logs/kafka.log");
		assertThat(table.lines().toList().get(2)).contains("postgresql (ext.)").endsWith("-");
		assertThat(table.lines().map((line) -> line.indexOf("STATE") >= 0 ? line.indexOf("STATE") : line.indexOf("UP")))
			.containsOnly(table.lines().findFirst().orElseThrow().indexOf("STATE"));
	}

}
