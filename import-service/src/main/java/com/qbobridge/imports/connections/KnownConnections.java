package com.qbobridge.imports.connections;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.qbobridge.messaging.consuming.ProcessedEvents;
import com.qbobridge.messaging.consuming.UnprocessableEvent;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each connection's last announced status, so pages can say why a connection needs attention and still list
 * connections while connector-service is unreachable.
 */
@Component
public class KnownConnections {

	private final JdbcClient jdbc;

	private final ProcessedEvents processed;

	KnownConnections(JdbcClient jdbc, ProcessedEvents processed) {
		this.jdbc = jdbc;
		this.processed = processed;
	}

	@KafkaListener(id = "connection-status-changed", groupId = "import-service.connection-status-changed",
			topics = Topics.CONNECTION_STATUS_CHANGED)
	@Transactional
	public void on(ConnectionStatusChanged event) {
		UUID connectionId = event.metadata().connectionId();
		if (connectionId == null) {
			throw new UnprocessableEvent("ConnectionStatusChanged " + event.metadata().eventId() + " has no connectionId");
		}
		if (!this.processed.firstDelivery(event)) {
			return;
		}
		OffsetDateTime occurredAt = OffsetDateTime.ofInstant(event.metadata().occurredAt(), ZoneOffset.UTC);
		// Only a newer change replaces what is known, so a late redelivery cannot roll the status back.
		this.jdbc.sql("""
				insert into connections (connection_id, account_id, realm_id, company_name, status, reason, updated_at)
				values (:id, :account, :realm, :company, :status, :reason, :at)
				on conflict (connection_id) do update set realm_id = excluded.realm_id,
				  company_name = coalesce(excluded.company_name, connections.company_name), status = excluded.status,
				  reason = excluded.reason, updated_at = excluded.updated_at
				where connections.updated_at <= excluded.updated_at and connections.account_id = excluded.account_id
				""")
			.param("id", connectionId)
			.param("account", event.metadata().accountId())
			.param("realm", event.realmId())
			.param("company", event.companyName())
			.param("status", event.status().name())
			.param("reason", event.reason())
			.param("at", occurredAt)
			.update();
	}

	/**
	 * The account's known connections.
	 * @param accountId the account
	 * @return its connections, by company name
	 */
	public List<KnownConnection> of(String accountId) {
		return this.jdbc.sql("select * from connections where account_id = ? order by company_name, connection_id")
			.param(accountId)
			.query((rs, row) -> new KnownConnection(rs.getObject("connection_id", UUID.class),
					rs.getString("account_id"), rs.getString("realm_id"), rs.getString("company_name"),
					ConnectionState.of(rs.getString("status")), rs.getString("reason"),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.list();
	}

}
