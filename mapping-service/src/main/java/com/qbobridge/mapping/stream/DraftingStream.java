package com.qbobridge.mapping.stream;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import com.qbobridge.mapping.drafts.CaseDrafting;
import com.qbobridge.mapping.drafts.InvoiceMapping;
import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDrafted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The service's one stream: Spring Cloud Stream binds {@code draftCase} to {@code connector.invoice-fetched} (input,
 * deserialized into {@link InvoiceFetched} whatever type headers the producer sent) and {@code mapping.case-drafted}
 * (output). Records that cannot be read or mapped go to {@code connector.invoice-fetched-dlt} through the binder's
 * dead-letter queue, with the reason in its {@code x-exception-*} headers, and the stream goes on.
 */
@Configuration(proxyBeanMethods = false)
class DraftingStream {

	private static final Logger logger = LoggerFactory.getLogger(DraftingStream.class);

	@Bean
	CaseDrafting caseDrafting(CaseDraftValidator validator) {
		return new CaseDrafting(new InvoiceMapping(), validator);
	}

	@Bean
	Function<Message<InvoiceFetched>, Message<CaseDrafted>> draftCase(CaseDrafting drafting) {
		return (message) -> {
			// Declared as InvoiceFetched, but raw bytes when the binder could not convert the record.
			Object payload = ((Message<?>) message).getPayload();
			CaseDrafted drafted = drafting.draft(read(payload));
			if (logger.isDebugEnabled()) {
				logger.debug("Drafted invoice {} of realm {} as {} with {} violation(s)",
						drafted.draft().source().invoiceId(), drafted.draft().source().realmId(), drafted.status(),
						drafted.violations().size());
			}
			return message(drafted);
		};
	}

	/**
	 * The event Spring Cloud Stream converted, or, when it could not convert the record and handed over its raw bytes,
	 * the reason why: reading them again with the contract's settings names the broken property or character.
	 */
	static InvoiceFetched read(Object payload) {
		if (payload instanceof InvoiceFetched event) {
			return event;
		}
		if (!(payload instanceof byte[] bytes)) {
			throw new InvoiceUnreadable("Expected an InvoiceFetched, got a " + payload.getClass().getName());
		}
		try {
			return EventJson.mapper().readValue(bytes, InvoiceFetched.class);
		}
		catch (JacksonException ex) {
			throw new InvoiceUnreadable("Unreadable InvoiceFetched: " + ex.getOriginalMessage(), ex);
		}
		catch (RuntimeException ex) {
			throw new InvoiceUnreadable("Invalid InvoiceFetched: " + ex.getMessage(), ex);
		}
	}

	/** Jackson as every service reads the contracts (exact decimals, unknown properties ignored). */
	@Bean
	JsonMapperBuilderCustomizer eventJsonSettings() {
		return EventJson::configure;
	}

	/**
	 * The answer keyed by connection id (the key is sent as UTF-8 bytes, so any consumer reads it as text), with the
	 * envelope repeated as {@link EventHeaders}.
	 */
	static Message<CaseDrafted> message(CaseDrafted drafted) {
		EventMetadata metadata = drafted.metadata();
		return MessageBuilder.withPayload(drafted)
			.setHeader(KafkaHeaders.KEY, metadata.partitionKey().getBytes(StandardCharsets.UTF_8))
			.copyHeaders(EventHeaders.of(metadata))
			.build();
	}

}
