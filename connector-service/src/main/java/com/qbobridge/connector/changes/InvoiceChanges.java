package com.qbobridge.connector.changes;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.messaging.outbox.OutboxEntry;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.InvoiceChanged;
import com.qbobridge.schemas.connector.InvoiceChanged.DetectedBy;
import com.qbobridge.schemas.mapping.SourceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies new invoice versions to the watched invoices and announces each change a case must follow, in one
 * transaction: the stored version and the {@code InvoiceChanged} in the outbox commit together, so a change is
 * announced exactly when it is first applied, however often webhooks, change data capture and replicas report it.
 */
@Service
public class InvoiceChanges {

	private static final Logger logger = LoggerFactory.getLogger(InvoiceChanges.class);

	private final WatchedInvoices watched;

	private final Outbox outbox;

	private final Clock clock;

	InvoiceChanges(WatchedInvoices watched, Outbox outbox, Clock clock) {
		this.watched = watched;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Applies what QuickBooks reports for some of a connection's watched invoices.
	 * @param connection the connection
	 * @param invoices the watched invoices concerned, as read from the database
	 * @param versions the versions QuickBooks reports, by invoice id
	 * @param detectedBy how the versions were learnt
	 * @return changes announced
	 */
	@Transactional
	public int apply(Connection connection, List<WatchedInvoice> invoices, Map<String, InvoiceVersion> versions,
			DetectedBy detectedBy) {
		int announced = 0;
		for (WatchedInvoice invoice : invoices) {
			InvoiceVersion version = versions.get(invoice.invoiceId());
			if (version == null) {
				continue;
			}
			var observation = invoice.observe(version);
			if (observation.isEmpty() || !this.watched.advance(invoice, observation.get().invoice())) {
				continue;
			}
			if (observation.get().change() != null) {
				InvoiceChanged changed = announce(connection, observation.get(), version, detectedBy);
				this.outbox.append(List.of(OutboxEntry.keyed(Topics.INVOICE_CHANGED, changed,
						Topics.invoiceKey(changed.metadata(), invoice.invoiceId()))));
				announced++;
			}
		}
		if (announced > 0) {
			logger.info("Announced {} invoice change(s) of connection {}", announced, connection.id());
		}
		return announced;
	}

	private InvoiceChanged announce(Connection connection, WatchedInvoice.Observation observed, InvoiceVersion version,
			DetectedBy detectedBy) {
		WatchedInvoice now = observed.invoice();
		boolean deleted = now.state() == WatchedInvoice.State.DELETED;
		String token = (deleted || now.syncToken() == null) ? null : String.valueOf(now.syncToken());
		SourceReference source = new SourceReference(SourceReference.QUICKBOOKS_ONLINE, now.realmId(), now.invoiceId(),
				version.customerId(), token);
		return new InvoiceChanged(
				EventMetadata.first(InvoiceChanged.CONTRACT, connection.accountId(), connection.id(), null), source,
				observed.change(), deleted ? null : now.balance(), deleted ? null : now.total(), version.currency(),
				(now.lastUpdated() != null) ? now.lastUpdated() : this.clock.instant(), detectedBy);
	}

}
