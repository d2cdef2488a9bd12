package com.qbobridge.schemas;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.cases.CaseRejectionReason;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.cases.CaseChange;
import com.qbobridge.schemas.cases.CaseUpdated;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.connector.InvoiceChange;
import com.qbobridge.schemas.connector.InvoiceChanged;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.DraftStatus;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.InvoiceNotDrafted;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import com.qbobridge.schemas.quickbooks.QboAddress;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboEmail;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import com.qbobridge.schemas.quickbooks.QboMetaData;
import com.qbobridge.schemas.quickbooks.QboPhone;
import com.qbobridge.schemas.quickbooks.QboRef;

/**
 * One fully populated instance of every contract, every optional field set, so that a field the schema does not
 * declare cannot hide behind a {@code null}.
 */
final class ContractSamples {

	static final UUID CONNECTION = UUID.fromString("6f1c2a34-1d2e-4b7a-9c3d-2e4f5a6b7c8d");

	static final UUID IMPORT = UUID.fromString("0b9e8d7c-6a5b-4c3d-8e2f-1a0b9c8d7e6f");

	static final UUID DRAFT = UUID.fromString("3c2b1a09-8f7e-3d6c-9b5a-4e3d2c1b0a9f");

	private ContractSamples() {
	}

	static Map<Contract, Event> all() {
		return Map.ofEntries(Map.entry(ImportRequested.CONTRACT, importRequested()),
				Map.entry(InvoiceFetched.CONTRACT, invoiceFetched()),
				Map.entry(ImportProgressed.CONTRACT, importProgressed()),
				Map.entry(ImportCompleted.CONTRACT, importCompleted()),
				Map.entry(ConnectionStatusChanged.CONTRACT, connectionStatusChanged()),
				Map.entry(CaseDrafted.CONTRACT, caseDrafted()), Map.entry(CaseDraftApproved.CONTRACT, caseDraftApproved()),
				Map.entry(CaseCreated.CONTRACT, caseCreated()), Map.entry(CaseRejected.CONTRACT, caseRejected()),
				Map.entry(InvoiceNotDrafted.CONTRACT, invoiceNotDrafted()),
				Map.entry(InvoiceChanged.CONTRACT, invoiceChanged()), Map.entry(CaseUpdated.CONTRACT, caseUpdated()));
	}

	static EventMetadata metadata(Contract contract) {
		return new EventMetadata(UUID.nameUUIDFromBytes(contract.eventType().getBytes()), contract.eventType(),
				contract.version(), Instant.parse("2026-11-25T10:15:30.123Z"), "acme-collections", CONNECTION, IMPORT,
				UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"));
	}

	/** The envelope of an event no import caused (an invoice change). */
	static EventMetadata metadataWithoutImport(Contract contract) {
		EventMetadata metadata = metadata(contract);
		return new EventMetadata(metadata.eventId(), metadata.eventType(), metadata.eventVersion(),
				metadata.occurredAt(), metadata.accountId(), metadata.connectionId(), null, metadata.correlationId());
	}

	static ImportRequested importRequested() {
		return new ImportRequested(metadata(ImportRequested.CONTRACT), DateField.DUE_DATE, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 10, 31));
	}

	static QboAddress qboAddress() {
		return new QboAddress("Attn: Accounts Payable", "4581 Finch St.", "Suite 200", "Building B", "c/o Front desk",
				"Bayshore", "CA", "94326", "USA");
	}

	static InvoiceFetched invoiceFetched() {
		var meta = new QboMetaData(OffsetDateTime.of(2026, 3, 14, 9, 26, 53, 0, ZoneOffset.UTC),
				OffsetDateTime.of(2026, 4, 2, 17, 1, 0, 0, ZoneOffset.UTC));
		var invoice = new QboInvoice("130", "2", "1037", LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 13),
				new BigDecimal("362.07"), new BigDecimal("362.07"), new QboRef("USD", "United States Dollar"),
				new BigDecimal("1"), new QboRef("24", "Sonnenschein Family Store"), qboAddress(),
				new QboEmail("Familiystore@intuit.com"), "Net 30", meta);
		var customer = new QboCustomer("24", "0", "Sonnenschein Family Store", "Sonnenschein Family Store", "Russ",
				"Sonnenschein", new QboEmail("Familiystore@intuit.com"), new QboPhone("(650) 557-8463"),
				new QboPhone("(650) 555-0199"), qboAddress(), new QboRef("USD", "United States Dollar"), true);
		return new InvoiceFetched(metadata(InvoiceFetched.CONTRACT),
				new CompanySnapshot("9341453050", "Craig's Design and Landscaping Services", "US", "USD", true),
				invoice, customer, 42);
	}

	static ImportProgressed importProgressed() {
		return new ImportProgressed(metadata(ImportProgressed.CONTRACT), 3, 2750, 10000L);
	}

	static ImportCompleted importCompleted() {
		return new ImportCompleted(metadata(ImportCompleted.CONTRACT), false, ImportFailureReason.TOKEN_EXPIRED,
				"The QuickBooks authorization expired: reconnect the company", 2, 2000);
	}

	static ConnectionStatusChanged connectionStatusChanged() {
		return new ConnectionStatusChanged(metadata(ConnectionStatusChanged.CONTRACT), "9341453050",
				"Craig's Design and Landscaping Services", ConnectionStatus.NEEDS_RECONNECT, ConnectionStatus.ACTIVE,
				"QuickBooks refused the refresh token (invalid_grant)");
	}

	static SourceReference source() {
		return new SourceReference(SourceReference.QUICKBOOKS_ONLINE, "9341453050", "130", "24", "2");
	}

	static CaseDraft draft() {
		return new CaseDraft(DRAFT, source(), "1037", LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 13),
				new BigDecimal("362.07"), new BigDecimal("362.07"), "USD",
				new Debtor(DebtorType.COMPANY, "Sonnenschein Family Store", "Familiystore@intuit.com", "+16505578463",
						new PostalAddress(List.of("4581 Finch St.", "Suite 200"), "Bayshore", "CA", "94326", "US")),
				"US", new BigDecimal("362.07"));
	}

	static FieldIssue issue() {
		return new FieldIssue("ADDRESS_POSTAL_CODE_MISSING", "debtor.address.postalCode",
				"The debtor's billing address has no postal code");
	}

	static CaseDrafted caseDrafted() {
		return new CaseDrafted(metadata(CaseDrafted.CONTRACT), draft(), DraftStatus.REJECTED, List.of(issue()),
				List.of(new FieldIssue("CREDITOR_REFERENCE_FROM_ID", "creditorReference",
						"The invoice has no number; its QuickBooks id is used")),
				42);
	}

	static CaseDraftApproved caseDraftApproved() {
		return new CaseDraftApproved(metadata(CaseDraftApproved.CONTRACT), draft(), "ops@acme.example");
	}

	static CaseCreated caseCreated() {
		return new CaseCreated(metadata(CaseCreated.CONTRACT), UUID.fromString("7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a"),
				DRAFT, source(), "1037", LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 13), new BigDecimal("362.07"),
				new BigDecimal("362.07"), "USD", "US", DebtorType.COMPANY, "Sonnenschein Family Store",
				CaseStatus.CREATED);
	}

	static InvoiceNotDrafted invoiceNotDrafted() {
		return new InvoiceNotDrafted(metadata(InvoiceNotDrafted.CONTRACT),
				UUID.fromString("4b3a2918-7e6d-4c5b-8a49-3f2e1d0c9b8a"), "130", "1037", 41,
				"The invoice could not be read: its total is not a number");
	}

	static CaseRejected caseRejected() {
		return new CaseRejected(metadata(CaseRejected.CONTRACT), DRAFT, source(), "1037", CaseRejectionReason.DUPLICATE,
				UUID.fromString("7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a"), List.of(issue()),
				"A case already exists for this invoice");
	}

	static InvoiceChanged invoiceChanged() {
		return new InvoiceChanged(metadataWithoutImport(InvoiceChanged.CONTRACT),
				new SourceReference(SourceReference.QUICKBOOKS_ONLINE, "9341453050", "130", "24", "3"),
				InvoiceChange.PARTIALLY_PAID, new BigDecimal("162.07"), new BigDecimal("362.07"), "USD",
				Instant.parse("2026-12-01T14:03:11Z"), InvoiceChanged.DetectedBy.WEBHOOK);
	}

	static CaseUpdated caseUpdated() {
		return new CaseUpdated(metadataWithoutImport(CaseUpdated.CONTRACT), UUID.fromString("7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a"),
				new SourceReference(SourceReference.QUICKBOOKS_ONLINE, "9341453050", "130", "24", "3"), "1037",
				CaseChange.AMOUNT_LOWERED, InvoiceChange.PARTIALLY_PAID, new BigDecimal("362.07"),
				new BigDecimal("162.07"), new BigDecimal("162.07"), "USD", CaseStatus.SUBMITTED, CaseStatus.SUBMITTED,
				Instant.parse("2026-12-01T14:03:11Z"), UUID.nameUUIDFromBytes("InvoiceChanged".getBytes()),
				"Part-paid in QuickBooks on 2026-12-01: 362.07 USD to recover lowered to 162.07 USD");
	}

}
