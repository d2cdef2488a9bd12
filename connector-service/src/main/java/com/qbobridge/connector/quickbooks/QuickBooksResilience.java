package com.qbobridge.connector.quickbooks;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.util.Assert;

/**
 * Wraps every Accounting API call in one realm's Resilience4j instances, created on first use from the {@code qbo}
 * configurations in application.yml: Intuit's limits apply per realm, so each company gets its own bulkhead, circuit
 * breaker and retry. Order, outermost first: retry, circuit breaker, bulkhead, so that every attempt (retries
 * included) takes a bulkhead slot. Inside them every attempt takes its realm's {@link RealmBudget}, shared with the
 * other connector instances since Intuit's limits are per company and app, not per JVM: it is the one guard of the
 * requests per minute (a sliding window, so a short import sends its calls at once), where a fixed-period rate
 * limiter would hold back a burst the minute allows.
 */
public class QuickBooksResilience {

	/** The configuration name the per-realm instances are created from. */
	public static final String CONFIG = "qbo";

	private final RetryRegistry retries;

	private final CircuitBreakerRegistry circuitBreakers;

	private final BulkheadRegistry bulkheads;

	private final RealmBudget budget;

	public QuickBooksResilience(RetryRegistry retries, CircuitBreakerRegistry circuitBreakers,
			BulkheadRegistry bulkheads, RealmBudget budget) {
		this.retries = retries;
		this.circuitBreakers = circuitBreakers;
		this.bulkheads = bulkheads;
		this.budget = budget;
	}

	/**
	 * Runs one call against a realm with all its guards.
	 * @param <T> the result type
	 * @param realmId the company called, must not be null
	 * @param call one HTTP request
	 * @return its result
	 */
	public <T> T call(String realmId, Supplier<T> call) {
		Assert.notNull(realmId, "realmId must not be null");
		String name = instanceName(realmId);
		Bulkhead bulkhead = this.bulkheads.bulkhead(name, CONFIG);
		CircuitBreaker circuitBreaker = this.circuitBreakers.circuitBreaker(name, CONFIG);
		Retry retry = this.retries.retry(name, CONFIG);
		AtomicInteger throttles = new AtomicInteger();
		long[] firstThrottle = { 0 };
		Supplier<T> attempt = () -> {
			try {
				return this.budget.call(realmId, call);
			}
			catch (QuickBooksCallFailed ex) {
				if (!ex.throttled()) {
					throw ex;
				}
				long now = System.nanoTime();
				if (throttles.getAndIncrement() == 0) {
					firstThrottle[0] = now;
				}
				// The shared budget keeps the company's limits, so throttling that outlasts Intuit's window (not a
				// few throttles in a row, which a storm also produces) is the app's monthly allowance.
				if (throttles.get() >= this.budget.throttleAttempts()
						&& now - firstThrottle[0] >= this.budget.throttleWindow().toNanos()) {
					throw new AppAllowanceExhausted(realmId, throttles.get(), ex);
				}
				throw ex;
			}
		};
		Supplier<T> guarded = Retry.decorateSupplier(retry,
				CircuitBreaker.decorateSupplier(circuitBreaker, Bulkhead.decorateSupplier(bulkhead, attempt)));
		return guarded.get();
	}

	/**
	 * The circuit breaker state of a realm.
	 * @param realmId the company
	 * @return its state, {@code CLOSED} when it was never called
	 */
	public CircuitBreaker.State circuitBreakerState(String realmId) {
		return this.circuitBreakers.find(instanceName(realmId))
			.map(CircuitBreaker::getState)
			.orElse(CircuitBreaker.State.CLOSED);
	}

	/**
	 * The name of a realm's instances, as they appear in metrics and health.
	 * @param realmId the company
	 * @return {@code qbo-<realmId>}
	 */
	public static String instanceName(String realmId) {
		return CONFIG + "-" + realmId;
	}

}
