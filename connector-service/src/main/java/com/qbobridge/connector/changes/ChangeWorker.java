package com.qbobridge.connector.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.qbobridge.connector.changes.ChangeNotices.StoredNotice;
import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.InvoiceChanged.DetectedBy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Turns accepted webhook notices into applied changes: reads the invoices they name from QuickBooks (a notice
 * carries identifiers only) and hands the versions to {@link InvoiceChanges}. A notice whose connection cannot be
 * read now is dropped: change data capture finds the same change once the connection works again.
 */
@Component
class ChangeWorker {

	private static final Logger logger = LoggerFactory.getLogger(ChangeWorker.class);

	private static final int NOTICES_PER_RUN = 500;

	private final ChangeNotices notices;

	private final WatchedInvoices watched;

	private final ConnectionManagement connections;

	private final InvoiceReader reader;

	private final InvoiceChanges changes;

	ChangeWorker(ChangeNotices notices, WatchedInvoices watched, ConnectionManagement connections,
			InvoiceReader reader, InvoiceChanges changes) {
		this.notices = notices;
		this.watched = watched;
		this.connections = connections;
		this.reader = reader;
		this.changes = changes;
	}

	@Scheduled(fixedDelayString = "${pipeline.connector.changes.notice-interval:2s}")
	void processNotices() {
		List<StoredNotice> batch = this.notices.oldest(NOTICES_PER_RUN);
		if (batch.isEmpty()) {
			return;
		}
		Map<String, List<ChangeNotice>> byRealm = batch.stream()
			.map(StoredNotice::notice)
			.collect(Collectors.groupingBy(ChangeNotice::realmId, LinkedHashMap::new, Collectors.toList()));
		byRealm.forEach(this::process);
		this.notices.remove(batch.stream().map(StoredNotice::id).toList());
	}

	private void process(String realmId, List<ChangeNotice> realmNotices) {
		Map<String, ChangeNotice> latest = new LinkedHashMap<>();
		realmNotices.forEach((notice) -> latest.put(notice.invoiceId(), notice));
		Map<UUID, List<WatchedInvoice>> byConnection = this.watched.watchedIn(realmId, latest.keySet())
			.stream()
			.collect(Collectors.groupingBy(WatchedInvoice::connectionId, LinkedHashMap::new, Collectors.toList()));
		byConnection.forEach((connectionId, invoices) -> {
			Optional<Connection> connection = this.connections.find(connectionId)
				.filter((found) -> found.status() == ConnectionStatus.ACTIVE
						|| found.status() == ConnectionStatus.REFRESHING);
			if (connection.isEmpty()) {
				return;
			}
			try {
				this.changes.apply(connection.get(), invoices, versions(connection.get(), invoices, latest),
						DetectedBy.WEBHOOK);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not read changed invoices of connection {}; change data capture will catch up: {}",
						connectionId, ex.getMessage());
			}
		});
	}

	private Map<String, InvoiceVersion> versions(Connection connection, List<WatchedInvoice> invoices,
			Map<String, ChangeNotice> latest) {
		Map<String, InvoiceVersion> versions = new HashMap<>();
		Set<String> toRead = new LinkedHashSet<>();
		for (WatchedInvoice invoice : invoices) {
			ChangeNotice notice = latest.get(invoice.invoiceId());
			if (notice.deletes()) {
				versions.put(invoice.invoiceId(), InvoiceVersion.deleted(invoice.invoiceId(), notice.lastUpdated()));
			}
			else {
				toRead.add(invoice.invoiceId());
			}
		}
		if (!toRead.isEmpty()) {
			versions.putAll(this.reader.current(connection, new ArrayList<>(toRead)));
		}
		return versions;
	}

}
