package com.qbobridge.mapping.invoices;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.qbobridge.messaging.consuming.Failures;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.InvoiceNotDrafted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.StringUtils;

/**
 * A fetched-invoice record that can never be drafted, and why: it goes to the dead-letter topic, and its import learns
 * the invoice's fate from the {@link InvoiceNotDrafted} read from whatever of the record can be read.
 *
 * @param record the record as consumed; its value is {@code null} when it could not be read
 * @param failure why it cannot be drafted
 */
record Undrafted(ConsumerRecord<String, @Nullable InvoiceFetched> record, Exception failure) {

	/**
	 * A record the backbone's deserializer could not read into an {@code InvoiceFetched}.
	 * @param record the record, whose value is {@code null}
	 * @return the record with the deserializer's reason
	 */
	static Undrafted unreadable(ConsumerRecord<String, @Nullable InvoiceFetched> record) {
		return new Undrafted(record, Failures.unreadable(record, "Empty record: not an InvoiceFetched"));
	}

	/**
	 * The invoice's fate for its import, when the record says which import it belongs to; its id is derived from the
	 * record's, so a redelivered record announces the same fate under the same id.
	 * @return the announcement, or empty when nothing identifies an import (then only the dead letter tells)
	 */
	Optional<InvoiceNotDrafted> fate() {
		String reason = Failures.reason(this.failure);
		InvoiceFetched event = this.record.value();
		if (event != null) {
			EventMetadata cause = event.metadata();
			return announce(cause.eventId(), cause.accountId(), cause.connectionId(), cause.importId(),
					cause.correlationId())
				.map((metadata) -> new InvoiceNotDrafted(metadata, cause.eventId(), text(event.invoice().id()),
						text(event.invoice().docNumber()), event.sequence(), reason));
		}
		JsonNode json = raw();
		JsonNode envelope = json.path("metadata");
		JsonNode invoice = json.path("invoice");
		UUID failedEventId = uuid(envelope.path("eventId"));
		return envelope.path("accountId")
			.stringValueOpt()
			.flatMap((accountId) -> announce(failedEventId, accountId, uuid(envelope.path("connectionId")),
					uuid(envelope.path("importId")), uuid(envelope.path("correlationId"))))
			.map((metadata) -> new InvoiceNotDrafted(metadata, failedEventId,
					text(invoice.path("Id").stringValueOpt().orElse(null)),
					text(invoice.path("DocNumber").stringValueOpt().orElse(null)), json.path("sequence").asLong(-1),
					reason));
	}

	private Optional<EventMetadata> announce(@Nullable UUID failedEventId, String accountId,
			@Nullable UUID connectionId, @Nullable UUID importId, @Nullable UUID correlationId) {
		if (importId == null) {
			return Optional.empty();
		}
		String origin = (failedEventId != null) ? failedEventId.toString()
				: this.record.topic() + "-" + this.record.partition() + "@" + this.record.offset();
		UUID eventId = UUID.nameUUIDFromBytes((InvoiceNotDrafted.CONTRACT.eventType() + ":" + origin)
			.getBytes(StandardCharsets.UTF_8));
		return Optional.of(new EventMetadata(eventId, InvoiceNotDrafted.CONTRACT.eventType(),
				InvoiceNotDrafted.CONTRACT.version(), Instant.now(), accountId, connectionId, importId,
				(correlationId != null) ? correlationId : eventId));
	}

	/** The record's JSON as far as it parses; a missing node when it is no JSON at all. */
	private JsonNode raw() {
		byte[] data = (this.failure instanceof DeserializationException unreadable) ? unreadable.getData() : null;
		if (data == null || data.length == 0) {
			return EventJson.mapper().missingNode();
		}
		try {
			return EventJson.mapper().readTree(data);
		}
		catch (JacksonException ex) {
			return EventJson.mapper().missingNode();
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	private static @Nullable UUID uuid(JsonNode node) {
		try {
			return node.stringValueOpt().map(UUID::fromString).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
