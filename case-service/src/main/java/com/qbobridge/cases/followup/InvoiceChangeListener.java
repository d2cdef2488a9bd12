package com.qbobridge.cases.followup;

import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.InvoiceChanged;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the connector's invoice changes one at a time (a change is rare next to approvals); the backbone's error
 * handler retries an outage without limit and sends an unreadable change to {@code connector.invoice-changed-dlt}.
 */
@Component
class InvoiceChangeListener {

	private final InvoiceFollowUp followUp;

	InvoiceChangeListener(InvoiceFollowUp followUp) {
		this.followUp = followUp;
	}

	@KafkaListener(id = "invoice-follow-up", idIsGroup = false, topics = Topics.INVOICE_CHANGED,
			autoStartup = "${pipeline.cases.follow-up.enabled:true}")
	void on(InvoiceChanged event) {
		this.followUp.on(event);
	}

}
