package com.qbobridge.connector.connections;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates connections and changes their status, appending a {@link ConnectionStatusChanged} for every change to the
 * messaging backbone's {@link Outbox} in the same transaction, so that it is published if and only if the change
 * committed, in the order the changes were made.
 */
@Service
public class ConnectionManagement {

	private static final Logger logger = LoggerFactory.getLogger(ConnectionManagement.class);

	private final Connections connections;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final TransactionTemplate ownTransactions;

	ConnectionManagement(Connections connections, Outbox outbox, TransactionTemplate transactions) {
		this.connections = connections;
		this.outbox = outbox;
		this.transactions = transactions;
		this.ownTransactions = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
		this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
	 * Records that an account connected a company, inside the caller's transaction, with its status change in the
	 * outbox.
	 * @param accountId the account
	 * @param company the company read after connecting
	 * @return the change to publish
	 */
	public ConnectionStatusChanged connected(String accountId, CompanySnapshot company) {
		Connections.Upserted upserted = this.connections.upsertActive(accountId, company);
		Connection connection = upserted.connection();
		return record(new ConnectionStatusChanged(
				EventMetadata.first(ConnectionStatusChanged.CONTRACT, accountId, connection.id(), null),
				company.realmId(), company.companyName(), ConnectionStatus.ACTIVE, upserted.previousStatus(),
				(upserted.previousStatus() == null) ? "connected" : "reconnected"));
	}

	/**
	 * Changes a connection's status in its own transaction, with the change in the outbox.
	 * @param id the connection
	 * @param status the new status
	 * @param reason why, in words
	 * @param cause the event that led to the change, to keep its correlation, if any
	 */
	public void changeStatus(UUID id, ConnectionStatus status, @Nullable String reason,
			@Nullable EventMetadata cause) {
		this.transactions.executeWithoutResult((tx) -> changeStatusInTransaction(id, status, reason, cause));
	}

	/**
	 * Changes a connection's status inside the caller's transaction and stores the change in the outbox there.
	 * @param id the connection
	 * @param status the new status
	 * @param reason why, in words
	 * @param cause the event that led to the change, if any
	 * @return the change stored, {@code null} when the status did not change
	 */
	public @Nullable ConnectionStatusChanged changeStatusInTransaction(UUID id, ConnectionStatus status,
			@Nullable String reason, @Nullable EventMetadata cause) {
		Optional<ConnectionStatus> previous = this.connections.changeStatus(id, status, reason);
		if (previous.isEmpty()) {
			return null;
		}
		return record(change(id, status, previous.get(), reason, cause));
	}

	/**
	 * Marks a connection {@code REFRESHING} in a transaction of its own, committed at once so that
	 * {@code GET /connections} shows it while the caller, holding the token row lock, refreshes. No event: most
	 * refreshes take a fraction of a second, see {@link #finishRefreshing}.
	 * @param id the connection
	 * @return whether it was {@code ACTIVE} and is {@code REFRESHING} now
	 */
	public boolean startRefreshing(UUID id) {
		return Boolean.TRUE.equals(this.ownTransactions.execute((tx) -> this.connections.markRefreshing(id)));
	}

	/**
	 * Turns a refreshing connection back to {@code ACTIVE} in a transaction of its own, storing the change in the
	 * outbox only when it matters to a user (the refresh was slow or failed), so that the hourly refresh of every
	 * connection does not publish two events.
	 * @param id the connection
	 * @param reason why, in words
	 * @param publish whether to publish the change
	 * @param cause the event being handled, if any
	 */
	public void finishRefreshing(UUID id, String reason, boolean publish, @Nullable EventMetadata cause) {
		this.ownTransactions.executeWithoutResult((tx) -> {
			if (this.connections.endRefreshing(id, reason) && publish) {
				record(change(id, ConnectionStatus.ACTIVE, ConnectionStatus.REFRESHING, reason, cause));
			}
		});
	}

	private ConnectionStatusChanged change(UUID id, ConnectionStatus status, ConnectionStatus previous,
			@Nullable String reason, @Nullable EventMetadata cause) {
		Connection connection = this.connections.findById(id).orElseThrow();
		EventMetadata metadata = (cause != null) ? cause.next(ConnectionStatusChanged.CONTRACT)
				: EventMetadata.first(ConnectionStatusChanged.CONTRACT, connection.accountId(), id, null);
		return new ConnectionStatusChanged(metadata, connection.realmId(), connection.company().companyName(), status,
				previous, reason);
	}

	private ConnectionStatusChanged record(ConnectionStatusChanged change) {
		this.outbox.append(Topics.CONNECTION_STATUS_CHANGED, change);
		logger.info("Connection {} of realm {} is now {} (was {}): {}", change.metadata().connectionId(),
				change.realmId(), change.status(), change.previousStatus(), change.reason());
		return change;
	}

}
