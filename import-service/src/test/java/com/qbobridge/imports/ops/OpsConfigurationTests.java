package com.qbobridge.imports.ops;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.KafkaAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The lag report's Admin client is one bean for the whole service, with the broker settings of Spring Boot's
 * KafkaAdmin, and it is closed with the application context.
 */
class OpsConfigurationTests {

	@Test
	void providesOneAdminClientAndClosesItOnShutdown() throws Exception {
		AtomicReference<Admin> admin = new AtomicReference<>();
		try (SilentBroker broker = new SilentBroker()) {
			new ApplicationContextRunner().withUserConfiguration(OpsConfiguration.class)
				.withBean(KafkaAdmin.class,
						() -> new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())))
				.withBean(OpsProperties.class, () -> new OpsProperties(Duration.ofSeconds(1)))
				.run((context) -> {
					assertThat(context).hasSingleBean(Admin.class);
					assertThat(context.getBean(Admin.class)).isSameAs(context.getBean(Admin.class));
					admin.set(context.getBean(Admin.class));
				});
			// A closed client refuses new calls at once instead of waiting for the broker.
			assertThatExceptionOfType(ExecutionException.class)
				.isThrownBy(() -> admin.get().listTopics().names().get(5, TimeUnit.SECONDS));
		}
	}

}
