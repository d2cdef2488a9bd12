package com.qbobridge.connector.invoices;

import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.messaging.EventPublisher;
import com.qbobridge.connector.oauth.QuickBooksAccess;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Wires imports: a fixed pool of worker threads that run imports, and the periodic sweep for abandoned ones.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ImportsProperties.class)
class ImportsConfiguration {

	@Bean
	ThreadPoolTaskExecutor importWorkers(ImportsProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(properties.workers());
		executor.setMaxPoolSize(properties.workers());
		executor.setThreadNamePrefix("import-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		return executor;
	}

	@Bean
	ImportManagement importManagement(Imports imports, ConnectionManagement connections, QuickBooksAccess quickBooks,
			EventPublisher events, QuickBooksApiProperties settings, ThreadPoolTaskExecutor importWorkers,
			ImportsProperties properties) {
		return new ImportManagement(imports, connections, quickBooks, events, settings, importWorkers,
				properties.lease());
	}

}
