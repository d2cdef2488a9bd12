package com.qbobridge.connector.quickbooks;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * Intuit's per-company limits shared by every connector instance through PostgreSQL: before each request a call
 * takes one of the realm's concurrent-call slots (a row leased to this call, skipped while others hold it) and a
 * place in the realm's window (one statement that counts the requests of the last window and records this one only
 * when there is room), and gives the slot back when the answer came. Two replicas, a rebalance mid-import or two accounts
 * importing the same company together therefore stay within 500 requests a minute and 10 in flight.
 */
public class RealmBudget {

	private static final Logger logger = LoggerFactory.getLogger(RealmBudget.class);

	/** Longest pause between two attempts to take a slot or token; waits are short because calls are short. */
	private static final long MAX_PAUSE_MILLIS = 250;

	private final JdbcClient jdbc;

	private final RealmBudgetProperties properties;

	/** Realms whose rows this instance knows to exist. */
	private final Set<String> prepared = ConcurrentHashMap.newKeySet();

	/** Identifies this instance's slot holders, for leases and logs. */
	private final String instance = UUID.randomUUID().toString();

	public RealmBudget(JdbcClient jdbc, RealmBudgetProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * How many throttled attempts of one request mean the app's monthly allowance, not the company's limits.
	 * @return at least 1
	 */
	public int throttleAttempts() {
		return this.properties.throttleAttempts();
	}

	/**
	 * How long a request's throttles must span before they mean the app's monthly allowance.
	 * @return the window
	 */
	public Duration throttleWindow() {
		return this.properties.throttleWindow();
	}

	/**
	 * Runs one request within the realm's shared budget.
	 * @param <T> the result type
	 * @param realmId the company, must not be null
	 * @param request one HTTP request
	 * @return its result
	 * @throws RealmBudgetExhausted when no slot or token became free within {@code maxWait}
	 */
	public <T> T call(String realmId, Supplier<T> request) {
		Assert.notNull(realmId, "realmId must not be null");
		long deadline = System.nanoTime() + this.properties.maxWait().toNanos();
		if (!this.prepared.contains(realmId)) {
			prepare(realmId);
			this.prepared.add(realmId);
		}
		int slot = acquireSlot(realmId, deadline);
		try {
			takeToken(realmId, deadline);
			return request.get();
		}
		finally {
			release(realmId, slot);
		}
	}

	private int acquireSlot(String realmId, long deadline) {
		String holder = this.instance + "/" + Thread.currentThread().getId();
		while (true) {
			Optional<Integer> slot = this.jdbc.sql("""
					update realm_call_slots set holder = :holder, expires_at = clock_timestamp() + :lease * interval '1 millisecond'
					where (realm_id, slot) = (select realm_id, slot from realm_call_slots
					    where realm_id = :realm and slot < :slots and (holder is null or expires_at < clock_timestamp())
					    order by slot limit 1 for update skip locked)
					returning slot""")
				.param("holder", holder)
				.param("lease", this.properties.slotLease().toMillis())
				.param("realm", realmId)
				.param("slots", this.properties.concurrentRequests())
				.query(Integer.class)
				.optional();
			if (slot.isPresent()) {
				return slot.get();
			}
			pause(realmId, deadline, "concurrent-call slot", MAX_PAUSE_MILLIS / 5);
		}
	}

	private void takeToken(String realmId, long deadline) {
		while (true) {
			// Counts the realm's requests of the last window and records this one only if there is room; requests
			// older than the window go at the same time. Two callers counting at once may both see the last place
			// free, so a window holds at most requestsPerWindow + concurrentRequests - 1 (callers hold a slot here).
			boolean taken = this.jdbc.sql("""
					with expired as (
					  delete from realm_requests
					  where realm_id = :realm and sent_at <= clock_timestamp() - :window * interval '1 millisecond'),
					recent as (
					  select count(*) as n from realm_requests
					  where realm_id = :realm and sent_at > clock_timestamp() - :window * interval '1 millisecond')
					insert into realm_requests (realm_id, sent_at)
					select :realm, clock_timestamp() from recent where n < :limit""")
				.param("realm", realmId)
				.param("window", this.properties.window().toMillis())
				.param("limit", this.properties.requestsPerWindow())
				.update() == 1;
			if (taken) {
				return;
			}
			pause(realmId, deadline, "request token", MAX_PAUSE_MILLIS);
		}
	}

	private void release(String realmId, int slot) {
		try {
			this.jdbc.sql("update realm_call_slots set holder = null, expires_at = null where realm_id = ? and slot = ?")
				.param(realmId)
				.param(slot)
				.update();
		}
		catch (RuntimeException ex) {
			// The lease runs out by itself; losing the release only delays the next call.
			logger.warn("Could not release call slot {} of realm {}: {}", slot, realmId, ex.toString());
		}
	}

	private void prepare(String realmId) {
		this.jdbc.sql("""
				insert into realm_call_slots (realm_id, slot) select :realm, s from generate_series(0, 9) s
				on conflict do nothing""").param("realm", realmId).update();
	}

	private static void pause(String realmId, long deadline, String what, long millis) {
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw new RealmBudgetExhausted(realmId, what);
		}
		try {
			Thread.sleep(Math.max(5, Math.min(Math.min(millis, MAX_PAUSE_MILLIS), Duration.ofNanos(left).toMillis())));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RealmBudgetExhausted(realmId, what);
		}
	}

}
