package com.qbobridge.messaging.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Appends events in the caller's transaction, so that they are stored if and only if the change they describe is;
 * {@link OutboxRelay} publishes them after the commit.
 * <p>
 * Appending takes a transaction-scoped advisory lock per record key (keys share {@link #KEY_BUCKETS} locks), so two
 * transactions appending for one key serialise: the later one's rows get higher ids and become visible after the earlier one committed, and the relay,
 * which publishes in id order, publishes each key's events in commit order.
 */
public class Outbox {

	/** The namespace of the per-key advisory locks (the two-int form, apart from the relay's bigint lock). */
	static final int KEY_LOCKS = 0x6f75_7478;

	/** How many per-key locks there are (a power of two); keys hash onto them. */
	static final int KEY_BUCKETS = 256;

	// One statement for the whole list, whatever the driver's batching settings: rows are inserted (and get their ids)
	// in list order.
	private static final String INSERT = """
			insert into outbox (event_id, event_type, event_version, correlation_id, topic, message_key, payload,
			                    aggregate_id, created_at)
			select t.event_id, t.event_type, t.event_version, t.correlation_id, t.topic, t.message_key, t.payload,
			       t.aggregate_id, cast(? as timestamptz)
			from unnest(?, ?, ?, ?, ?, ?, ?, ?) with ordinality
			  as t(event_id, event_type, event_version, correlation_id, topic, message_key, payload, aggregate_id, n)
			order by t.n
			on conflict (event_id) do nothing""";

	private final JdbcTemplate jdbc;

	private final OutboxRelay relay;

	private final Clock clock;

	public Outbox(JdbcTemplate jdbc, OutboxRelay relay, Clock clock) {
		this.jdbc = jdbc;
		this.relay = relay;
		this.clock = clock;
	}

	/**
	 * Appends one event; must run inside the transaction of the change it reports.
	 * @param topic the topic, must not be blank
	 * @param event the event, must not be null
	 */
	public void append(String topic, Event event) {
		append(List.of(OutboxEntry.of(topic, event)));
	}

	/**
	 * Appends events, in order; must run inside the transaction of the change they report. An event whose id is
	 * already waiting is not stored twice (answers to a redelivered request may repeat their derived id).
	 * @param entries the events with their topics, must not be null
	 */
	public void append(List<OutboxEntry> entries) {
		Assert.notNull(entries, "entries must not be null");
		Assert.state(TransactionSynchronizationManager.isActualTransactionActive(),
				"Events must be appended inside the transaction of the change they describe");
		if (entries.isEmpty()) {
			return;
		}
		lockKeys(entries);
		int size = entries.size();
		Object[] eventIds = new Object[size];
		Object[] eventTypes = new Object[size];
		Object[] eventVersions = new Object[size];
		Object[] correlationIds = new Object[size];
		Object[] topics = new Object[size];
		Object[] keys = new Object[size];
		Object[] payloads = new Object[size];
		Object[] aggregateIds = new Object[size];
		for (int i = 0; i < size; i++) {
			OutboxEntry entry = entries.get(i);
			EventMetadata metadata = entry.event().metadata();
			eventIds[i] = metadata.eventId();
			eventTypes[i] = metadata.eventType();
			eventVersions[i] = metadata.eventVersion();
			correlationIds[i] = metadata.correlationId();
			topics[i] = entry.topic();
			keys[i] = entry.recordKey();
			payloads[i] = EventJson.mapper().writeValueAsString(entry.event());
			aggregateIds[i] = entry.aggregateId();
		}
		this.jdbc.update(INSERT, Timestamp.from(this.clock.instant()), new SqlArrayValue("uuid", eventIds),
				new SqlArrayValue("varchar", eventTypes), new SqlArrayValue("int4", eventVersions),
				new SqlArrayValue("uuid", correlationIds), new SqlArrayValue("varchar", topics),
				new SqlArrayValue("varchar", keys), new SqlArrayValue("text", payloads),
				new SqlArrayValue("uuid", aggregateIds));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Outbox.this.relay.wakeUp();
				}
			});
		}
	}

	private void lockKeys(List<OutboxEntry> entries) {
		// Keys share KEY_BUCKETS locks: a batch of invoice-level events (thousands of keys) then holds a bounded
		// number of locks, well within PostgreSQL's lock table; one key always maps to one bucket. Sorted, so that two
		// transactions locking overlapping buckets take them in the same order.
		TreeSet<String> keys = new TreeSet<>();
		entries.forEach((entry) -> keys.add(entry.recordKey()));
		this.jdbc.query("select pg_advisory_xact_lock(?, k.h) from (select distinct hashtext(x) & ? as h from"
				+ " unnest(?) as x order by 1) as k", (rs) -> {
				}, KEY_LOCKS, KEY_BUCKETS - 1, new SqlArrayValue("text", (Object[]) keys.toArray(String[]::new)));
	}

}
