package com.qbobridge.connector.quickbooks;

import java.util.Map;
import java.util.TreeMap;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Shows the state of every realm's QuickBooks circuit breaker in {@code /actuator/health}. One company's outage
 * leaves the service UP (other companies still import); the details say which realms are cut off.
 */
public class QuickBooksHealthIndicator implements HealthIndicator {

	private final CircuitBreakerRegistry circuitBreakers;

	public QuickBooksHealthIndicator(CircuitBreakerRegistry circuitBreakers) {
		this.circuitBreakers = circuitBreakers;
	}

	@Override
	public Health health() {
		Map<String, String> states = new TreeMap<>();
		long open = 0;
		for (CircuitBreaker breaker : this.circuitBreakers.getAllCircuitBreakers()) {
			states.put(breaker.getName(), breaker.getState().name());
			if (breaker.getState() == CircuitBreaker.State.OPEN
					|| breaker.getState() == CircuitBreaker.State.FORCED_OPEN) {
				open++;
			}
		}
		return Health.up().withDetail("circuitBreakers", states).withDetail("openCircuitBreakers", open).build();
	}

}
