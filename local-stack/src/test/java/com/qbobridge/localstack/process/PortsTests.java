package com.qbobridge.localstack.process;

import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PortsTests {

	@Test
	void namesEveryTakenPortAndWhatNeededIt() throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			int free = Ports.anyFree();
			assertThatExceptionOfType(PortsInUse.class)
				.isThrownBy(() -> Ports.requireFree(Map.of(taken.getLocalPort(), "import-service", free, "Kafka")))
				.withMessageContaining(taken.getLocalPort() + " (import-service)")
				.withMessageNotContaining("(Kafka)")
				.satisfies((ex) -> assertThat(ex.ports()).containsExactly(taken.getLocalPort() + " (import-service)"));
		}
	}

	@Test
	void acceptsFreePorts() {
		int port = Ports.anyFree();

		assertThat(Ports.isFree(port)).isTrue();
		Ports.requireFree(Map.of(port, "Kafka"));
	}

}
