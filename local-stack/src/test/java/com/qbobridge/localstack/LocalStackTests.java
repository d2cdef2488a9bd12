package com.qbobridge.localstack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.qbobridge.localstack.process.Ports;
import com.qbobridge.localstack.process.PortsInUse;
import com.qbobridge.localstack.services.ServiceDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocalStackTests {

	@Test
	void refusesToStartAnythingWhileAPortItNeedsIsTaken(@TempDir Path stateDir) throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			StackSettings settings = new StackSettings(LocalStack.repositoryRoot(), stateDir, false, null,
					taken.getLocalPort(), Ports.anyFree(), null, Ports.anyFree(), Duration.ofMinutes(1), List.of(),
					List.of());
			ByteArrayOutputStream output = new ByteArrayOutputStream();
			try (LocalStack stack = new LocalStack(settings, new PrintStream(output, true, StandardCharsets.UTF_8))) {
				assertThatExceptionOfType(PortsInUse.class).isThrownBy(stack::start)
					.withMessageContaining(taken.getLocalPort() + " (Kafka)");
				assertThat(stack.liveProcesses()).isEmpty();
				assertThat(stack.status()).isEmpty();
			}
			assertThat(output.toString(StandardCharsets.UTF_8)).doesNotContain("Starting");
		}
	}

	@Test
	void findsTheRepositoryWithTheServiceModules() {
		Path root = LocalStack.repositoryRoot();

		assertThat(root.resolve("mvnw")).exists();
		assertThat(ServiceDefinition.all()).allSatisfy((service) -> assertThat(root.resolve(service.name())).isDirectory());
	}

}
