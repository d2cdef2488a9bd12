package com.qbobridge.imports.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.cases.CaseRejectionReason;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.DraftStatus;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;

/**
 * Publishes, for one import, the events connector-service, mapping-service and case-service would publish.
 *
 * @param accountId the creditor account
 * @param connectionId the connection
 * @param importId the import
 * @param realmId the QuickBooks company
 * @param correlationId the import's correlation id
 */
public record Upstream(String accountId, UUID connectionId, UUID importId, String realmId, UUID correlationId) {

	/** The violation mapping reports for an address without a postal code, as the shared rules word it. */
	public static final FieldIssue NO_POSTAL_CODE = new FieldIssue("ADDRESS_POSTAL_CODE_MISSING",
			"debtor.address.postalCode", "The debtor's address has no postal code");


	public static Upstream of(String accountId, UUID connectionId, UUID importId) {
		// One QuickBooks company per connection, named as the stand-in connector names it.
		return new Upstream(accountId, connectionId, importId, "realm-" + connectionId.toString().substring(0, 8),
				UUID.randomUUID());
	}

	public EventMetadata metadata(Contract contract) {
		return new EventMetadata(UUID.randomUUID(), contract.eventType(), contract.version(), Instant.now(),
				this.accountId, this.connectionId, this.importId, this.correlationId);
	}

	public ImportProgressed progressed(int pages, long invoices, Long total) {
		ImportProgressed event = new ImportProgressed(metadata(ImportProgressed.CONTRACT), pages, invoices, total);
		KafkaRecords.publish(Topics.IMPORT_PROGRESSED, event);
		return event;
	}

	public ImportCompleted completed(int pages, long invoices) {
		ImportCompleted event = new ImportCompleted(metadata(ImportCompleted.CONTRACT), true, null, null, pages,
				invoices);
		KafkaRecords.publish(Topics.IMPORT_COMPLETED, event);
		return event;
	}

	public ImportCompleted failed(ImportFailureReason reason, String detail, int pages, long invoices) {
		ImportCompleted event = new ImportCompleted(metadata(ImportCompleted.CONTRACT), false, reason, detail, pages,
				invoices);
		KafkaRecords.publish(Topics.IMPORT_COMPLETED, event);
		return event;
	}

	/** A valid overdue US invoice (as the shared rules' own tests use), with its own ids. */
	public CaseDraft validDraft(String invoiceId, String number, String debtor, String amount, LocalDate dueDate) {
		return new CaseDraft(UUID.nameUUIDFromBytes((this.connectionId + ":" + invoiceId).getBytes()),
				new SourceReference(SourceReference.QUICKBOOKS_ONLINE, this.realmId, invoiceId, "24", "0"), number,
				dueDate.minusDays(30), dueDate, new BigDecimal(amount), new BigDecimal(amount), "USD",
				new Debtor(DebtorType.COMPANY, debtor, "billing@example.com", "+16505578463", new PostalAddress(
						List.of("4581 Finch St."), "Bayshore", "CA", "94326", "US")),
				"US");
	}

	/** The same invoice without a postal code, as mapping would reject it. */
	public CaseDraft draftWithoutPostalCode(String invoiceId, String number, String debtor, String amount,
			LocalDate dueDate) {
		CaseDraft valid = validDraft(invoiceId, number, debtor, amount, dueDate);
		PostalAddress address = valid.debtor().address();
		return new CaseDraft(valid.draftId(), valid.source(), valid.creditorReference(), valid.caseDate(),
				valid.dueDate(), valid.amountToRecover(), valid.invoiceTotal(), valid.currency(),
				new Debtor(DebtorType.COMPANY, debtor, "billing@example.com", "+16505578463",
						new PostalAddress(address.lines(), address.city(), address.region(), null, address.country())),
				valid.jurisdiction());
	}

	public CaseDrafted drafted(CaseDraft draft, long sequence) {
		CaseDrafted event = new CaseDrafted(metadata(CaseDrafted.CONTRACT), draft, DraftStatus.VALID, List.of(),
				List.of(), sequence);
		KafkaRecords.publish(Topics.CASE_DRAFTED, event);
		return event;
	}

	public CaseDrafted rejected(CaseDraft draft, long sequence) {
		CaseDrafted event = new CaseDrafted(metadata(CaseDrafted.CONTRACT), draft, DraftStatus.REJECTED,
				List.of(NO_POSTAL_CODE), List.of(), sequence);
		KafkaRecords.publish(Topics.CASE_DRAFTED, event);
		return event;
	}

	public CaseCreated caseCreated(CaseDraft draft, UUID caseId) {
		CaseCreated event = new CaseCreated(metadata(CaseCreated.CONTRACT), caseId, draft.draftId(), draft.source(),
				draft.creditorReference(), draft.caseDate(), draft.dueDate(), draft.amountToRecover(),
				draft.invoiceTotal(), draft.currency(), draft.jurisdiction(), draft.debtor().type(),
				draft.debtor().name(), CaseStatus.CREATED);
		KafkaRecords.publish(Topics.CASE_CREATED, event);
		return event;
	}

	public CaseRejected duplicate(CaseDraft draft, UUID existingCaseId) {
		CaseRejected event = new CaseRejected(metadata(CaseRejected.CONTRACT), draft.draftId(), draft.source(),
				draft.creditorReference(), CaseRejectionReason.DUPLICATE, existingCaseId, List.of(),
				"A case already exists for this invoice");
		KafkaRecords.publish(Topics.CASE_REJECTED, event);
		return event;
	}

	public CaseRejected invalid(CaseDraft draft, String field, String message) {
		CaseRejected event = new CaseRejected(metadata(CaseRejected.CONTRACT), draft.draftId(), draft.source(),
				draft.creditorReference(), CaseRejectionReason.INVALID, null,
				List.of(new FieldIssue("CASE_RULE_FAILED", field, message)), "The draft breaks a case rule");
		KafkaRecords.publish(Topics.CASE_REJECTED, event);
		return event;
	}

	public ConnectionStatusChanged statusChanged(ConnectionStatus status, ConnectionStatus previous, String reason) {
		ConnectionStatusChanged event = new ConnectionStatusChanged(
				new EventMetadata(UUID.randomUUID(), ConnectionStatusChanged.CONTRACT.eventType(), 1, Instant.now(),
						this.accountId, this.connectionId, null, UUID.randomUUID()),
				this.realmId, "Craig's Design and Landscaping", status, previous, reason);
		KafkaRecords.publish(Topics.CONNECTION_STATUS_CHANGED, event);
		return event;
	}

}
