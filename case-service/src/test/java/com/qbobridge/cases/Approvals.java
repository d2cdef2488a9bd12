package com.qbobridge.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;

/**
 * Builds approvals as import-service sends them: one account, a few connections (so that records spread over
 * partitions), valid drafts with distinct invoices and invoice numbers.
 */
public final class Approvals {

	private final String accountId;

	private final List<UUID> connections = new ArrayList<>();

	private final UUID importId = UUID.randomUUID();

	public Approvals(String accountId, int connections) {
		this.accountId = accountId;
		for (int i = 0; i < connections; i++) {
			this.connections.add(UUID.randomUUID());
		}
	}

	/**
	 * A fresh account with twelve connections.
	 * @return the builder
	 */
	public static Approvals forNewAccount() {
		return new Approvals("acct-" + UUID.randomUUID(), 12);
	}

	public String accountId() {
		return this.accountId;
	}

	public List<UUID> connections() {
		return this.connections;
	}

	/**
	 * The approval of invoice {@code n}.
	 * @param n the invoice number, which also picks the connection
	 * @return a new approval event (fresh event id)
	 */
	public CaseDraftApproved approval(int n) {
		return approve(draft(n, "INV-" + n), connection(n));
	}

	/**
	 * Approvals of invoices {@code 0} to {@code count - 1}.
	 * @param count how many
	 * @return the approvals
	 */
	public List<CaseDraftApproved> approvals(int count) {
		List<CaseDraftApproved> approvals = new ArrayList<>(count);
		for (int n = 0; n < count; n++) {
			approvals.add(approval(n));
		}
		return approvals;
	}

	/**
	 * The same draft approved again, as a new event (a second approval or a second import of the same invoice).
	 * @param approval an earlier approval
	 * @return a new event with the same draft
	 */
	public CaseDraftApproved reapproval(CaseDraftApproved approval) {
		return approve(approval.draft(), approval.metadata().connectionId());
	}

	/**
	 * An approval of a draft.
	 * @param draft the draft
	 * @param connectionId the connection it belongs to
	 * @return a new approval event
	 */
	public CaseDraftApproved approve(CaseDraft draft, UUID connectionId) {
		return new CaseDraftApproved(
				EventMetadata.first(CaseDraftApproved.CONTRACT, this.accountId, connectionId, this.importId), draft,
				"user@" + this.accountId);
	}

	public UUID connection(int n) {
		return this.connections.get(Math.floorMod(n, this.connections.size()));
	}

	/**
	 * A valid draft of invoice {@code n} with the given invoice number.
	 * @param n the QuickBooks invoice id
	 * @param reference the invoice number
	 * @return the draft
	 */
	public CaseDraft draft(int n, String reference) {
		SourceReference source = new SourceReference(SourceReference.QUICKBOOKS_ONLINE, "realm-" + this.accountId,
				String.valueOf(n), "cust-" + (n % 97), "0");
		Debtor debtor = new Debtor(DebtorType.COMPANY, "Debtor " + n + " LLC", "ap" + n + "@example.com", null,
				new PostalAddress(List.of(n + " Market Street", "Suite 4"), "San Francisco", "CA", "94105", "US"));
		return new CaseDraft(UUID.nameUUIDFromBytes((this.accountId + ":" + n).getBytes()), source, reference,
				LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 10), new BigDecimal("1250.50"),
				new BigDecimal("1500.00"), "USD", debtor, "US");
	}

}
