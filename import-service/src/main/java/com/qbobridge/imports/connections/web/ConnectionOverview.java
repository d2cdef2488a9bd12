package com.qbobridge.imports.connections.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.connections.ConnectionState;
import com.qbobridge.imports.connections.ConnectorClient;
import com.qbobridge.imports.connections.KnownConnection;
import com.qbobridge.imports.connections.KnownConnections;
import com.qbobridge.imports.connections.RemoteConnection;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportJobs;
import com.qbobridge.imports.remote.RemoteServiceUnavailable;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Puts together what the Integrations page shows for each connection, from connector-service (the source of truth),
 * the last announced status and the connection's last import.
 */
@Component
class ConnectionOverview {

	private final ConnectorClient connector;

	private final KnownConnections known;

	private final ImportJobs jobs;

	ConnectionOverview(ConnectorClient connector, KnownConnections known, ImportJobs jobs) {
		this.connector = connector;
		this.known = known;
		this.jobs = jobs;
	}

	/**
	 * The account's connections from connector-service.
	 * @throws RemoteServiceUnavailable if connector-service does not answer
	 */
	List<ConnectionView> connections(Caller caller) {
		List<RemoteConnection> remote = this.connector.connections(caller);
		Map<UUID, KnownConnection> known = knownById(caller);
		Map<UUID, ImportJob> last = this.jobs.lastByConnection(caller.accountId());
		return remote.stream().map((connection) -> view(connection, known.get(connection.id()), last)).toList();
	}

	/**
	 * The account's connections, or the last announced ones when connector-service does not answer.
	 */
	Listing listing(Caller caller) {
		try {
			return new Listing(connections(caller), true);
		}
		catch (RemoteServiceUnavailable ex) {
			Map<UUID, ImportJob> last = this.jobs.lastByConnection(caller.accountId());
			List<ConnectionView> views = new ArrayList<>();
			for (KnownConnection connection : this.known.of(caller.accountId())) {
				views.add(new ConnectionView(connection.connectionId(), connection.realmId(), connection.companyName(),
						null, null, connection.state().name(), connection.state(), connection.state().label(),
						connection.reason(), connection.state().action(), null, connection.updatedAt(),
						lastImport(last.get(connection.connectionId())), null, false));
			}
			return new Listing(views, false);
		}
	}

	private Map<UUID, KnownConnection> knownById(Caller caller) {
		return this.known.of(caller.accountId())
			.stream()
			.collect(Collectors.toMap(KnownConnection::connectionId, Function.identity()));
	}

	private static ConnectionView view(RemoteConnection connection, @Nullable KnownConnection known,
			Map<UUID, ImportJob> last) {
		ConnectionState state = ConnectionState.of(connection.status());
		String reason = (known != null && known.state() == state) ? known.reason() : null;
		String company = (connection.companyName() != null) ? connection.companyName()
				: (known != null) ? known.companyName() : null;
		return new ConnectionView(connection.id(), connection.realmId(), company, connection.country(),
				connection.homeCurrency(), connection.status(), state, state.label(), reason, state.action(),
				connection.connectedAt(), connection.updatedAt(), lastImport(last.get(connection.id())),
				connection.reconnectBefore(), connection.asksToReconnect());
	}

	private static ConnectionView.@Nullable LastImport lastImport(@Nullable ImportJob job) {
		return (job != null) ? new ConnectionView.LastImport(job.importId(), job.state().name(),
				job.state().label(), job.requestedAt()) : null;
	}

	/**
	 * Connections and whether connector-service answered.
	 */
	record Listing(List<ConnectionView> connections, boolean live) {

	}

}
