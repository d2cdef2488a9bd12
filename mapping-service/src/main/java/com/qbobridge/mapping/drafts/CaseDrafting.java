package com.qbobridge.mapping.drafts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.Validation;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.FieldIssue;

/**
 * Turns one fetched invoice into its {@code CaseDrafted} answer: mapped, judged by the shared rules, every violation
 * and warning at once. A pure function of the event (apart from the answer's timestamp), so the same event always gives
 * the same draft and the same answer id, and it can be measured without a broker.
 */
public final class CaseDrafting {

	private final InvoiceMapping mapping;

	private final CaseDraftValidator validator;

	/**
	 * Creates the drafting step.
	 * @param mapping the field table, must not be null
	 * @param validator the shared rules, must not be null
	 */
	public CaseDrafting(InvoiceMapping mapping, CaseDraftValidator validator) {
		this.mapping = Objects.requireNonNull(mapping, "mapping must not be null");
		this.validator = Objects.requireNonNull(validator, "validator must not be null");
	}

	/**
	 * Drafts a case from a fetched invoice.
	 * @param event the event, must not be null
	 * @return the draft, valid or rejected; the envelope follows the event's (same account, connection, import and
	 * correlation) and its id is derived from the event's id, so a redelivered event gives the same answer id
	 * @throws InvoiceNotMappable when the event lacks the invoice id or realm id
	 */
	public CaseDrafted draft(InvoiceFetched event) {
		MappedInvoice mapped = this.mapping.map(event);
		Validation validation = this.validator.validate(mapped.draft());
		List<FieldIssue> warnings = new ArrayList<>(mapped.notes());
		warnings.addAll(validation.warnings());
		return new CaseDrafted(metadata(event.metadata()), mapped.draft(), validation.status(),
				validation.violations(), warnings, event.sequence());
	}

	private static EventMetadata metadata(EventMetadata cause) {
		EventMetadata next = cause.next(CaseDrafted.CONTRACT);
		UUID eventId = UUID.nameUUIDFromBytes(
				(CaseDrafted.CONTRACT.eventType() + ":" + cause.eventId()).getBytes(StandardCharsets.UTF_8));
		return new EventMetadata(eventId, next.eventType(), next.eventVersion(), next.occurredAt(), next.accountId(),
				next.connectionId(), next.importId(), next.correlationId());
	}

}
