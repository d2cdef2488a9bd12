package com.qbobridge.connector.connections;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of connection status changes: a change is stored in the transaction that makes it, with its event id
 * fixed, so that it is published after commit even if the service dies in between.
 */
@Repository
public class ConnectionEventOutbox {

	/** Locks the relay across instances: only the holder of this transaction-scoped advisory lock sends. */
	private static final long RELAY_LOCK = 0x51B0_0B0CL;

	private final JdbcClient jdbc;

	ConnectionEventOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a change to publish; must run in the transaction that changes the status.
	 * @param change the change
	 */
	void add(ConnectionStatusChanged change) {
		this.jdbc.sql("""
				insert into connection_event_outbox (event_id, topic, partition_key, payload, created_at)
				values (?, ?, ?, ?, ?)
				""")
			.params(change.metadata().eventId(), Topics.CONNECTION_STATUS_CHANGED, change.metadata().partitionKey(),
					EventJson.mapper().writeValueAsString(change), Timestamp.from(Instant.now()))
			.update();
	}

	/**
	 * Takes the relay lock for the current transaction.
	 * @return {@code true} when this transaction may relay, {@code false} when another one is relaying
	 */
	boolean lockRelay() {
		return Boolean.TRUE.equals(this.jdbc.sql("select pg_try_advisory_xact_lock(?)")
			.param(RELAY_LOCK)
			.query(Boolean.class)
			.single());
	}

	/**
	 * The oldest pending changes, in the order they were made.
	 * @param limit how many at most
	 * @return the pending changes
	 */
	List<Pending> oldest(int limit) {
		return this.jdbc.sql("select position, topic, payload from connection_event_outbox order by position limit ?")
			.param(limit)
			.query((rs, row) -> new Pending(rs.getLong("position"), rs.getString("topic"),
					EventJson.mapper().readValue(rs.getString("payload"), ConnectionStatusChanged.class)))
			.list();
	}

	/**
	 * Removes a published change.
	 * @param position its position
	 */
	void remove(long position) {
		this.jdbc.sql("delete from connection_event_outbox where position = ?").param(position).update();
	}

	/**
	 * The event ids of a connection's changes waiting to be published, oldest first.
	 * @param connectionId the connection
	 * @return the pending event ids
	 */
	public List<UUID> pendingEventIdsOf(UUID connectionId) {
		return this.jdbc.sql("select event_id from connection_event_outbox where partition_key = ? order by position")
			.param(connectionId.toString())
			.query(UUID.class)
			.list();
	}

	/**
	 * A stored change not published yet.
	 *
	 * @param position its place in the outbox
	 * @param topic where it goes
	 * @param change the change
	 */
	record Pending(long position, String topic, ConnectionStatusChanged change) {
	}

}
