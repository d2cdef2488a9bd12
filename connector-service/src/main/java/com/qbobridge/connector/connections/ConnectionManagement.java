package com.qbobridge.connector.connections;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.qbobridge.connector.messaging.EventPublisher;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates connections and changes their status, publishing a {@link ConnectionStatusChanged} after every change has
 * been committed.
 */
@Service
public class ConnectionManagement {

	private static final Logger logger = LoggerFactory.getLogger(ConnectionManagement.class);

	private final Connections connections;

	private final EventPublisher events;

	private final TransactionTemplate transactions;

	ConnectionManagement(Connections connections, EventPublisher events, TransactionTemplate transactions) {
		this.connections = connections;
		this.events = events;
		this.transactions = transactions;
	}

	/**
	 * The connections of an account.
	 * @param accountId the account
	 * @return its connections
	 */
	public List<Connection> connectionsOf(String accountId) {
		return this.connections.findByAccount(accountId);
	}

	/**
	 * One connection of an account.
	 * @param accountId the account asking
	 * @param id the connection
	 * @return the connection
	 * @throws ConnectionNotFound when it does not exist or belongs to another account
	 */
	public Connection connectionOf(String accountId, UUID id) {
		return this.connections.findById(id)
			.filter((connection) -> connection.belongsTo(accountId))
			.orElseThrow(() -> new ConnectionNotFound(id));
	}

	/**
	 * A connection by id, whatever its account.
	 * @param id the connection
	 * @return the connection, if it exists
	 */
	public Optional<Connection> find(UUID id) {
		return this.connections.findById(id);
	}

	/**
	 * Records that an account connected a company, inside the caller's transaction; the caller publishes the event
	 * after committing with {@link #publish}.
	 * @param accountId the account
	 * @param company the company read after connecting
	 * @return the change to publish
	 */
	public ConnectionStatusChanged connected(String accountId, CompanySnapshot company) {
		Connections.Upserted upserted = this.connections.upsertActive(accountId, company);
		Connection connection = upserted.connection();
		return new ConnectionStatusChanged(
				EventMetadata.first(ConnectionStatusChanged.CONTRACT, accountId, connection.id(), null),
				company.realmId(), company.companyName(), ConnectionStatus.ACTIVE, upserted.previousStatus(),
				(upserted.previousStatus() == null) ? "connected" : "reconnected");
	}

	/**
	 * Changes a connection's status in its own transaction and publishes the change.
	 * @param id the connection
	 * @param status the new status
	 * @param reason why, in words
	 * @param cause the event that led to the change, to keep its correlation, if any
	 */
	public void changeStatus(UUID id, ConnectionStatus status, @Nullable String reason,
			@Nullable EventMetadata cause) {
		ConnectionStatusChanged change = this.transactions.execute((tx) -> changeStatusInTransaction(id, status,
				reason, cause));
		if (change != null) {
			publish(change);
		}
	}

	/**
	 * Changes a connection's status inside the caller's transaction; the caller publishes the result after
	 * committing.
	 * @param id the connection
	 * @param status the new status
	 * @param reason why, in words
	 * @param cause the event that led to the change, if any
	 * @return the change to publish, {@code null} when the status did not change
	 */
	public @Nullable ConnectionStatusChanged changeStatusInTransaction(UUID id, ConnectionStatus status,
			@Nullable String reason, @Nullable EventMetadata cause) {
		Optional<ConnectionStatus> previous = this.connections.changeStatus(id, status, reason);
		if (previous.isEmpty()) {
			return null;
		}
		Connection connection = this.connections.findById(id).orElseThrow();
		EventMetadata metadata = (cause != null) ? cause.next(ConnectionStatusChanged.CONTRACT)
				: EventMetadata.first(ConnectionStatusChanged.CONTRACT, connection.accountId(), id, null);
		return new ConnectionStatusChanged(metadata, connection.realmId(), connection.company().companyName(), status,
				previous.get(), reason);
	}

	/**
	 * Publishes a committed status change.
	 * @param change the change
	 */
	public void publish(ConnectionStatusChanged change) {
		logger.info("Connection {} of realm {} is now {} (was {}): {}", change.metadata().connectionId(),
				change.realmId(), change.status(), change.previousStatus(), change.reason());
		this.events.publish(Topics.CONNECTION_STATUS_CHANGED, change).whenComplete((result, failure) -> {
			if (failure != null) {
				logger.error("Could not publish the status change of connection {}",
						change.metadata().connectionId(), failure);
			}
		});
	}

}
