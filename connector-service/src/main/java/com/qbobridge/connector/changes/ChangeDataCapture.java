package com.qbobridge.connector.changes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.qbobridge.connector.changes.ChangeCheckpoints.Checkpoint;
import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.InvoiceChanged.DetectedBy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The safety net under webhooks: per connection with open cases, asks QuickBooks' change data capture what changed
 * since the stored checkpoint, and moves the checkpoint on only after the changes were applied, so a restart
 * resumes where the last poll ended. A connection that was silent longer than Intuit keeps changes (30 days) is
 * caught up by re-reading every invoice it watches.
 */
@Component
public class ChangeDataCapture {

	private static final Logger logger = LoggerFactory.getLogger(ChangeDataCapture.class);

	/** Intuit answers at most this many objects; a full answer means there may be more. */
	static final int MAX_OBJECTS = 1000;

	/** A checkpoint this close to Intuit's look-back is caught up by re-reading, not by capture. */
	private static final Duration MARGIN = Duration.ofHours(1);

	private final ChangeCheckpoints checkpoints;

	private final WatchedInvoices watched;

	private final ConnectionManagement connections;

	private final InvoiceReader reader;

	private final InvoiceChanges changes;

	private final ChangesProperties properties;

	private final Clock clock;

	ChangeDataCapture(ChangeCheckpoints checkpoints, WatchedInvoices watched, ConnectionManagement connections,
			InvoiceReader reader, InvoiceChanges changes, ChangesProperties properties, Clock clock) {
		this.checkpoints = checkpoints;
		this.watched = watched;
		this.connections = connections;
		this.reader = reader;
		this.changes = changes;
		this.properties = properties;
		this.clock = clock;
	}

	/** Polls every connection with open cases that no other instance polls now. */
	@Scheduled(fixedDelayString = "${pipeline.connector.changes.poll-interval:15m}",
			initialDelayString = "${pipeline.connector.changes.poll-initial-delay:1m}")
	public void pollAll() {
		Instant now = this.clock.instant();
		for (Checkpoint checkpoint : this.checkpoints.claim(now, now.plus(this.properties.lease()))) {
			Instant next = checkpoint.changedSince();
			try {
				next = poll(checkpoint, now);
			}
			catch (RuntimeException ex) {
				logger.warn("Change data capture of connection {} failed; it resumes from {} next time: {}",
						checkpoint.connectionId(), checkpoint.changedSince(), ex.getMessage());
			}
			finally {
				this.checkpoints.release(checkpoint.connectionId(), next);
			}
		}
	}

	/** Polls one connection; returns where the next poll starts. */
	Instant poll(Checkpoint checkpoint, Instant now) {
		Optional<Connection> found = this.connections.find(checkpoint.connectionId())
			.filter((connection) -> connection.status() == ConnectionStatus.ACTIVE
					|| connection.status() == ConnectionStatus.REFRESHING);
		if (found.isEmpty()) {
			// Not readable now; keep the checkpoint so that nothing in between is lost.
			return checkpoint.changedSince();
		}
		Connection connection = found.get();
		Instant oldestCapturable = now.minus(this.properties.lookBack()).plus(MARGIN);
		if (checkpoint.changedSince().isBefore(oldestCapturable)) {
			catchUp(connection);
			return now;
		}
		Instant since = checkpoint.changedSince().minus(this.properties.overlap());
		if (since.isBefore(oldestCapturable)) {
			since = oldestCapturable;
		}
		while (true) {
			List<InvoiceVersion> versions = this.reader.changedSince(connection, since.atOffset(ZoneOffset.UTC));
			apply(connection, versions);
			Instant last = versions.isEmpty() ? null : versions.get(versions.size() - 1).lastUpdated();
			if (versions.size() < MAX_OBJECTS || last == null || !last.isAfter(since)) {
				return now;
			}
			since = last;
		}
	}

	private void catchUp(Connection connection) {
		List<WatchedInvoice> invoices = this.watched.watchedBy(connection.id());
		logger.info("Connection {} was not followed for more than {}; re-reading its {} watched invoices",
				connection.id(), this.properties.lookBack(), invoices.size());
		this.changes.apply(connection, invoices,
				this.reader.current(connection, invoices.stream().map(WatchedInvoice::invoiceId).toList()),
				DetectedBy.REREAD);
	}

	private void apply(Connection connection, List<InvoiceVersion> versions) {
		if (versions.isEmpty()) {
			return;
		}
		Map<String, InvoiceVersion> latest = new LinkedHashMap<>();
		versions.forEach((version) -> latest.put(version.invoiceId(), version));
		List<WatchedInvoice> concerned = this.watched.watchedIn(connection.realmId(), latest.keySet())
			.stream()
			.filter((invoice) -> invoice.connectionId().equals(connection.id()))
			.toList();
		if (!concerned.isEmpty()) {
			this.changes.apply(connection, concerned, new HashMap<>(latest), DetectedBy.CHANGE_DATA_CAPTURE);
		}
	}

}
