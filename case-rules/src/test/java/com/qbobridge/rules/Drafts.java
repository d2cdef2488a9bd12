package com.qbobridge.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;

/**
 * Realistic drafts for the rule tests: a valid overdue US invoice of Craig's sandbox company, changed one field at a
 * time. As mapping makes them, the amount to recover starts as the invoice's open balance.
 */
final class Drafts {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private Drafts() {
	}

	static CaseDraft valid() {
		return new CaseDraft(UUID.fromString("3c2b1a09-8f7e-3d6c-9b5a-4e3d2c1b0a9f"),
				new SourceReference(SourceReference.QUICKBOOKS_ONLINE, "9341453050", "130", "24", "2"), "1037",
				LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 13), new BigDecimal("362.07"),
				new BigDecimal("362.07"), "USD",
				new Debtor(DebtorType.COMPANY, "Sonnenschein Family Store", "Familiystore@intuit.com", "+16505578463",
						address()),
				"US", new BigDecimal("362.07"));
	}

	static PostalAddress address() {
		return new PostalAddress(List.of("4581 Finch St.", "Suite 200"), "Bayshore", "CA", "94326", "US");
	}

	static CaseDraft with(UnaryOperator<Builder> change) {
		return change.apply(new Builder(valid())).build();
	}

	/**
	 * Copies a draft with some fields changed.
	 */
	static final class Builder {

		CaseDraft d;

		Debtor debtor;

		PostalAddress address;

		String jurisdiction;

		Builder(CaseDraft draft) {
			this.d = draft;
			this.debtor = draft.debtor();
			this.address = draft.debtor().address();
			this.jurisdiction = draft.jurisdiction();
		}

		Builder reference(String reference) {
			this.d = new CaseDraft(this.d.draftId(), this.d.source(), reference, this.d.caseDate(), this.d.dueDate(),
					this.d.amountToRecover(), this.d.invoiceTotal(), this.d.currency(), this.debtor, this.jurisdiction,
					this.d.openBalance());
			return this;
		}

		Builder dates(LocalDate caseDate, LocalDate dueDate) {
			this.d = new CaseDraft(this.d.draftId(), this.d.source(), this.d.creditorReference(), caseDate, dueDate,
					this.d.amountToRecover(), this.d.invoiceTotal(), this.d.currency(), this.debtor, this.jurisdiction,
					this.d.openBalance());
			return this;
		}

		/** The amount to recover, which is also the open balance (as mapping sets it), the total and the currency. */
		Builder amount(String amount, String total, String currency) {
			return amounts((amount != null) ? new BigDecimal(amount) : null,
					(total != null) ? new BigDecimal(total) : null, currency,
					(amount != null) ? new BigDecimal(amount) : null);
		}

		Builder amounts(BigDecimal amount, BigDecimal total, String currency, BigDecimal openBalance) {
			this.d = new CaseDraft(this.d.draftId(), this.d.source(), this.d.creditorReference(), this.d.caseDate(),
					this.d.dueDate(), amount, total, currency, this.debtor, this.jurisdiction, openBalance);
			return this;
		}

		/** Another open balance than the amount to recover, as after a creditor's fix. */
		Builder openBalance(String openBalance) {
			return amounts(this.d.amountToRecover(), this.d.invoiceTotal(), this.d.currency(),
					(openBalance != null) ? new BigDecimal(openBalance) : null);
		}

		Builder jurisdiction(String jurisdiction) {
			this.jurisdiction = jurisdiction;
			return this;
		}

		Builder debtor(DebtorType type, String name, String email, String phone) {
			this.debtor = new Debtor(type, name, email, phone, this.address);
			return this;
		}

		Builder name(String name) {
			return debtor(this.debtor.type(), name, this.debtor.email(), this.debtor.phone());
		}

		Builder email(String email) {
			return debtor(this.debtor.type(), this.debtor.name(), email, this.debtor.phone());
		}

		Builder phone(String phone) {
			return debtor(this.debtor.type(), this.debtor.name(), this.debtor.email(), phone);
		}

		Builder address(PostalAddress address) {
			this.address = address;
			this.debtor = new Debtor(this.debtor.type(), this.debtor.name(), this.debtor.email(), this.debtor.phone(),
					address);
			return this;
		}

		Builder address(List<String> lines, String city, String region, String postalCode, String country) {
			return address(new PostalAddress(lines, city, region, postalCode, country));
		}

		Builder country(String country) {
			this.jurisdiction = country;
			return address(this.address.lines(), this.address.city(), this.address.region(),
					this.address.postalCode(), country);
		}

		CaseDraft build() {
			return new CaseDraft(this.d.draftId(), this.d.source(), this.d.creditorReference(), this.d.caseDate(),
					this.d.dueDate(), this.d.amountToRecover(), this.d.invoiceTotal(), this.d.currency(), this.debtor,
					this.jurisdiction, this.d.openBalance());
		}

	}

}
