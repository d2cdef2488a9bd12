package com.qbobridge.connector;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.messaging.outbox.OutboxRelay;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Connection status changes go through the messaging backbone's outbox: stored with the change, published after
 * commit with the stored event id, in the order they were made, also when the relay was stopped meanwhile.
 */
class ConnectionStatusOutboxIntegrationTests extends ConnectorIntegrationTest {

	@Autowired
	ConnectionManagement connections;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxRelay relay;

	@Test
	void publishesAStatusChangeOnceWithTheEventIdStoredInTheOutbox() {
		String account = "acct-" + UUID.randomUUID();
		UUID connectionId = connect(account, sandbox().createRealm("Outbox Co", 41, 1, 1));
		awaitConnected(connectionId);
		awaitOutboxEmpty(connectionId);

		UUID eventId;
		this.relay.stop();
		try {
			this.connections.changeStatus(connectionId, ConnectionStatus.PERMISSION_MISSING, "access removed", null);
			List<UUID> pending = pendingEventIdsOf(connectionId);
			assertThat(pending).as("stored with the status change, before anything is sent").hasSize(1);
			eventId = pending.get(0);
			assertThat(connection(account, connectionId).get("status").asString()).isEqualTo("PERMISSION_MISSING");
		}
		finally {
			this.relay.start();
		}

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(receivedWith(eventId)).hasSize(1));
		awaitOutboxEmpty(connectionId);
		assertThat(this.relay.relayOnce()).as("nothing left to send again").isZero();
		List<ConnectorEvents.Received<ConnectionStatusChanged>> received = receivedWith(eventId);
		assertThat(received).as("published once").hasSize(1);
		ConnectorEvents.Received<ConnectionStatusChanged> record = received.get(0);
		assertThat(record.event().status()).isEqualTo(ConnectionStatus.PERMISSION_MISSING);
		assertThat(record.event().previousStatus()).isEqualTo(ConnectionStatus.ACTIVE);
		assertThat(record.key()).isEqualTo(connectionId.toString());
		assertThat(record.headers()).containsEntry(EventHeaders.EVENT_ID, eventId.toString())
			.containsEntry(EventHeaders.EVENT_TYPE, "ConnectionStatusChanged")
			.containsKey(EventHeaders.CORRELATION_ID)
			.doesNotContainKey("__TypeId__");
	}

	@Test
	void publishesChangesStoredWhileTheRelayWasStoppedInOrderOnceItStarts() {
		String account = "acct-" + UUID.randomUUID();
		UUID connectionId = connect(account, sandbox().createRealm("Relay Restart Co", 42, 1, 1));
		awaitConnected(connectionId);
		awaitOutboxEmpty(connectionId);

		List<UUID> pending;
		this.relay.stop();
		try {
			this.connections.changeStatus(connectionId, ConnectionStatus.PERMISSION_MISSING, "access removed", null);
			this.connections.changeStatus(connectionId, ConnectionStatus.ACTIVE, "access granted again", null);
			pending = pendingEventIdsOf(connectionId);
			assertThat(pending).hasSize(2);
			assertThat(events().statusesOf(connectionId)).extracting(ConnectionStatusChanged::status)
				.containsExactly(ConnectionStatus.ACTIVE);
		}
		finally {
			this.relay.start();
		}

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(events().statusesOf(connectionId))
				.extracting((change) -> change.metadata().eventId())
				.endsWith(pending.toArray(UUID[]::new)));
		awaitOutboxEmpty(connectionId);
		assertThat(events().statusesOf(connectionId)).extracting(ConnectionStatusChanged::status)
			.containsExactly(ConnectionStatus.ACTIVE, ConnectionStatus.PERMISSION_MISSING, ConnectionStatus.ACTIVE);
	}

	private List<UUID> pendingEventIdsOf(UUID connectionId) {
		return this.jdbc.sql("select event_id from outbox where topic = ? and message_key = ? order by id")
			.params(Topics.CONNECTION_STATUS_CHANGED, connectionId.toString())
			.query(UUID.class)
			.list();
	}

	private void awaitOutboxEmpty(UUID connectionId) {
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(pendingEventIdsOf(connectionId)).isEmpty());
	}

	private static void awaitConnected(UUID connectionId) {
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(events().statusesOf(connectionId)).extracting(ConnectionStatusChanged::status)
				.containsExactly(ConnectionStatus.ACTIVE));
	}

	private static List<ConnectorEvents.Received<ConnectionStatusChanged>> receivedWith(UUID eventId) {
		return events().statuses.stream()
			.filter((received) -> eventId.equals(received.event().metadata().eventId()))
			.toList();
	}

}
