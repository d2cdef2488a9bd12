package com.qbobridge.connector.invoices;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.connector.TruncatedField;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import com.qbobridge.schemas.quickbooks.QboAddress;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import com.qbobridge.schemas.quickbooks.QboRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record within the limit is published as read; a larger one loses only as much of its longest texts as it must,
 * never half a character, and says so.
 */
class RecordSizeLimitTests {

	private final RecordSizeLimit limit = new RecordSizeLimit(128 * 1024);

	@Test
	void aRecordWithinTheLimitIsPublishedAsRead() {
		InvoiceFetched event = event("p".repeat(4000), "Debtor Ltd", null);

		assertThat(this.limit.written("invoices", "key-1", event).event()).isSameAs(event);
	}

	@Test
	void anOverlongTextIsCutToIntuitsLongestLimitWithoutSplittingACharacter() {
		// 😀 is two Java chars; an odd cut would leave half of one.
		InvoiceFetched event = event("a" + "😀".repeat(300_000), "Debtor Ltd", null);

		InvoiceFetched fitted = this.limit.written("invoices", "key-1", event).event();

		assertThat(fitted.truncatedFields()).containsExactly(new TruncatedField("invoice.PrivateNote", 600_001, 3999));
		assertThat(fitted.invoice().privateNote()).hasSize(3999).endsWith("😀");
		assertThat(fitted.customer()).isEqualTo(event.customer());
		assertThat(EventJson.mapper().writeValueAsBytes(fitted).length).isLessThanOrEqualTo(128 * 1024);
	}

	@Test
	void manyLongTextsAreCutFurtherUntilTheRecordFitsKeepingMoreThanAnyCaseFieldHolds() {
		// 9 address texts of 3,900 control characters each (6 bytes apiece as JSON) on the invoice and the customer:
		// cutting to 4,000 is not enough, cutting to 1,000 is.
		String control = "\u0001".repeat(3900);
		QboAddress address = new QboAddress(control, control, control, control, control, control, control, control,
				control);
		InvoiceFetched event = event("note", "Debtor Ltd", address);

		InvoiceFetched fitted = this.limit.written("invoices", "key-1", event).event();

		assertThat(fitted.truncatedFields()).hasSize(18)
			.allSatisfy((field) -> assertThat(field).extracting(TruncatedField::length, TruncatedField::keptLength)
				.containsExactly(3900, 1000));
		assertThat(fitted.truncatedFields()).extracting(TruncatedField::field)
			.contains("invoice.BillAddr.Line1", "customer.BillAddr.Country");
		assertThat(fitted.invoice().billAddr().line1()).hasSize(1000);
		assertThat(EventJson.mapper().writeValueAsBytes(fitted).length).isLessThanOrEqualTo(128 * 1024);
	}

	@Test
	void aRecordIsWrittenOnceAndSentAsWrittenWhenItFits() {
		InvoiceFetched event = event("Noté 😀 ".repeat(500), "Débiteur GmbH", null);

		RecordSizeLimit.Written written = this.limit.written("invoices", "key-1", event);

		assertThat(written.truncatedFields()).isNull();
		assertThat(written.record().payloadText()).isEqualTo(EventJson.mapper().writeValueAsString(event));
		assertThat(written.record().payloadBytes())
			.isEqualTo(written.record().payloadText().getBytes(StandardCharsets.UTF_8).length);
		assertThat(written.record().eventId()).isEqualTo(event.metadata().eventId());
		assertThat(written.record().key()).isEqualTo("key-1");
	}

	@Test
	void aRecordOverTheLimitIsWrittenShortenedAndSaysWhichFields() {
		InvoiceFetched event = event("a" + "😀".repeat(300_000), "Debtor Ltd", null);

		RecordSizeLimit.Written written = this.limit.written("invoices", "key-1", event);

		assertThat(written.truncatedFields()).containsExactly(new TruncatedField("invoice.PrivateNote", 600_001, 3999));
		assertThat(written.record().payloadBytes()).isLessThanOrEqualTo(128 * 1024)
			.isEqualTo(written.record().payloadText().getBytes(StandardCharsets.UTF_8).length);
		assertThat(EventJson.mapper().readValue(written.record().payloadText(), InvoiceFetched.class).truncatedFields())
			.isEqualTo(written.truncatedFields());
	}

	private static InvoiceFetched event(String privateNote, String displayName, QboAddress address) {
		QboInvoice invoice = new QboInvoice("7", "0", "INV-7", null, null, null, null, null, null,
				new QboRef("1", null), address, null, privateNote, null);
		QboCustomer customer = new QboCustomer("1", "0", displayName, null, null, null, null, null, null, address, null,
				true);
		return new InvoiceFetched(
				EventMetadata.first(InvoiceFetched.CONTRACT, "acct-1", UUID.randomUUID(), UUID.randomUUID()),
				new CompanySnapshot("4620816365", "Creditor Inc", "US", "USD", false), invoice, customer, 1);
	}

}
