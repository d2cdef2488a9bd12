package com.qbobridge.mapping.invoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.qbobridge.mapping.drafts.CaseDrafting;
import com.qbobridge.messaging.MessagingAutoConfiguration;
import com.qbobridge.messaging.consuming.DeadLetters;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.InvoiceNotDrafted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Drafts fetched invoices a poll at a time: every readable invoice becomes a {@code CaseDrafted} keyed by connection
 * and invoice; a record that can never be drafted (unreadable, breaks the contract, mapping refuses its data) goes to
 * the dead-letter topic and its import is told with an {@code InvoiceNotDrafted}, without holding up the others. The
 * poll's offsets are committed only once the broker acknowledged all of it; until then a failed send is retried.
 */
@Component
class FetchedInvoiceListener {

	private static final Logger logger = LoggerFactory.getLogger(FetchedInvoiceListener.class);

	private final CaseDrafting drafting;

	private final EventPublisher events;

	private final DeadLetters deadLetters;

	private final DraftingSettings settings;

	FetchedInvoiceListener(CaseDrafting drafting, EventPublisher events, DeadLetters deadLetters,
			DraftingSettings settings) {
		this.drafting = drafting;
		this.events = events;
		this.deadLetters = deadLetters;
		this.settings = settings;
	}

	@KafkaListener(id = "mapping-drafting", groupId = "mapping-service", topics = Topics.INVOICE_FETCHED,
			containerFactory = MessagingAutoConfiguration.BATCH, concurrency = "#{__listener.concurrency}")
	void on(List<ConsumerRecord<String, @Nullable InvoiceFetched>> records) {
		List<CaseDrafted> drafts = new ArrayList<>(records.size());
		List<Undrafted> undrafted = new ArrayList<>();
		for (ConsumerRecord<String, @Nullable InvoiceFetched> record : records) {
			InvoiceFetched event = record.value();
			if (event == null) {
				undrafted.add(Undrafted.unreadable(record));
				continue;
			}
			try {
				drafts.add(this.drafting.draft(event));
			}
			catch (RuntimeException ex) {
				// Drafting is a pure function of the event: what failed once fails every time.
				undrafted.add(new Undrafted(record, ex));
			}
		}
		try {
			this.events.publishAll(Topics.CASE_DRAFTED, drafts,
					(drafted) -> Topics.invoiceKey(drafted.metadata(), drafted.draft().source().invoiceId()),
					this.settings.sendTimeout());
			undrafted.forEach((refused) -> this.deadLetters.divert(refused.record(), refused.failure()));
			List<InvoiceNotDrafted> fates = undrafted.stream().map(Undrafted::fate).flatMap(Optional::stream).toList();
			this.events.publishAll(Topics.INVOICE_NOT_DRAFTED, fates, this.settings.sendTimeout());
		}
		catch (RuntimeException ex) {
			// Nothing of the poll is committed: it comes again, and its events carry the same ids.
			throw new BatchListenerFailedException("Could not hand over a batch of drafts", new DraftingHeldUp(ex),
					records.get(0));
		}
		logger.debug("Drafted {} invoice(s), set {} aside", drafts.size(), undrafted.size());
	}

	/** The number of consumer threads, read by the listener annotation. */
	public int getConcurrency() {
		return this.settings.concurrency();
	}

}
