package com.qbobridge.connector.quickbooks;

import java.net.http.HttpClient;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Wires the Accounting API client with its own HTTP client and the per-realm Resilience4j guards.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ QuickBooksApiProperties.class, RealmBudgetProperties.class })
class QuickBooksConfiguration {

	@Bean
	RealmBudget realmBudget(JdbcClient jdbc, RealmBudgetProperties properties) {
		return new RealmBudget(jdbc, properties);
	}

	@Bean
	QuickBooksResilience quickBooksResilience(RetryRegistry retries, CircuitBreakerRegistry circuitBreakers,
			BulkheadRegistry bulkheads, RealmBudget budget) {
		return new QuickBooksResilience(retries, circuitBreakers, bulkheads, budget);
	}

	@Bean
	QuickBooksApi quickBooksApi(RestClient.Builder builder, QuickBooksApiProperties properties,
			QuickBooksResilience resilience) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(properties.readTimeout());
		return new QuickBooksApi(builder.clone().requestFactory(requests).build(), properties, resilience);
	}

	@Bean
	QuickBooksHealthIndicator quickBooksHealthIndicator(CircuitBreakerRegistry circuitBreakers) {
		return new QuickBooksHealthIndicator(circuitBreakers);
	}

}
