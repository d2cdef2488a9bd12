package com.qbobridge.imports.ops;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A broker that does not answer costs the lag report no more than its timeout, and says so.
 */
class ConsumerLagTests {

	@Test
	void givesUpOnABrokerThatDoesNotAnswerWithinTheTimeout() throws Exception {
		try (SilentBroker broker = new SilentBroker();
				Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			ConsumerLag lag = new ConsumerLag(admin, new OpsProperties(Duration.ofMillis(800)), Clock.systemUTC());
			long start = System.nanoTime();
			assertThatExceptionOfType(BrokerNotAnswering.class).isThrownBy(lag::report)
				.withMessage("The Kafka broker did not answer within 800 ms");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
	}

}
