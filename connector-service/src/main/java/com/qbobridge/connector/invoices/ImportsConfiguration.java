package com.qbobridge.connector.invoices;

import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.QuickBooksAccess;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;
import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.messaging.publishing.EventPublisher;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires imports: a fixed pool of worker threads that run fetches, the periodic sweep that resumes abandoned ones and
 * the renewal of the leases of the imports this instance runs or has queued.
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
	FetchRunner fetchRunner(Imports imports, ConnectionManagement connections, QuickBooksAccess quickBooks,
			EventPublisher events, Outbox outbox, TransactionTemplate transactions, QuickBooksApiProperties settings,
			ThreadPoolTaskExecutor importWorkers, ImportsProperties properties) {
		return new FetchRunner(imports, connections, quickBooks, events, outbox, transactions, settings,
				importWorkers, properties);
	}

}
