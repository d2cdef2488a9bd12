package com.qbobridge.mapping.stream;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import com.qbobridge.mapping.drafts.CaseDrafting;
import com.qbobridge.mapping.drafts.InvoiceMapping;
import com.qbobridge.mapping.drafts.QboFixtures;
import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.RulesSettings;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDrafted;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DraftingStreamTests {

	private final InvoiceFetched event = QboFixtures.event(QboFixtures.CRAIGS, "invoice-1038-partially-paid.json",
			"customer-8-company-mobile-only.json");

	@Test
	void readsTheRawRecordWithTheContractSettingsWhenTheBinderCouldNot() {
		byte[] json = EventJson.mapper().writeValueAsBytes(this.event);

		assertThat(DraftingStream.read(json)).isEqualTo(this.event);
		assertThat(DraftingStream.read(this.event)).isSameAs(this.event);
	}

	@Test
	void namesTheReasonARecordIsUnreadable() {
		assertThatExceptionOfType(InvoiceUnreadable.class)
			.isThrownBy(() -> DraftingStream.read("{\"metadata\": {not json".getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("Unreadable InvoiceFetched: Unexpected character ('n'");
		assertThatExceptionOfType(InvoiceUnreadable.class)
			.isThrownBy(() -> DraftingStream
				.read("{\"company\": {\"multiCurrencyEnabled\": false}, \"sequence\": 1}".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("metadata must not be null");
		assertThatExceptionOfType(InvoiceUnreadable.class).isThrownBy(() -> DraftingStream.read(42))
			.withMessageContaining("java.lang.Integer");
	}

	@Test
	void keysTheAnswerByConnectionAndRepeatsTheEnvelopeInHeaders() {
		CaseDrafted drafted = new CaseDrafting(new InvoiceMapping(),
				new CaseDraftValidator(RulesSettings.defaults(), Clock.systemUTC()))
			.draft(this.event);

		Message<CaseDrafted> message = DraftingStream.message(drafted);

		assertThat(message.getPayload()).isSameAs(drafted);
		assertThat((byte[]) message.getHeaders().get(KafkaHeaders.KEY))
			.isEqualTo(QboFixtures.CONNECTION.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(message.getHeaders()).containsEntry(EventHeaders.EVENT_ID, drafted.metadata().eventId().toString())
			.containsEntry(EventHeaders.EVENT_TYPE, "CaseDrafted")
			.containsEntry(EventHeaders.EVENT_VERSION, "1")
			.containsEntry(EventHeaders.CORRELATION_ID, this.event.metadata().correlationId().toString());
	}

}
