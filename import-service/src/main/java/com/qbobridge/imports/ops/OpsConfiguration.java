package com.qbobridge.imports.ops;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * One long-lived Kafka {@link Admin} client for the lag report: creating one per request would open new broker
 * connections on every page view. It is closed when the service stops.
 */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

	@Bean(destroyMethod = "close")
	Admin opsAdmin(KafkaAdmin kafkaAdmin, OpsProperties properties) {
		// The broker settings (bootstrap servers, security) are the ones Spring Boot gives its KafkaAdmin.
		Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
		config.put(AdminClientConfig.CLIENT_ID_CONFIG, "import-service-ops");
		int timeout = (int) properties.brokerTimeout().toMillis();
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
		return Admin.create(config);
	}

}
