package com.qbobridge.imports.cases.web;

import java.util.ArrayList;
import java.util.List;

import com.qbobridge.imports.labels.Labels;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A case as the Cases page and the case page show it, read from case-service's answer; missing fields read as empty.
 *
 * @param id the case id
 * @param reference the invoice number (creditor reference)
 * @param status the status code
 * @param statusLabel the status in words
 * @param debtorName who owes it
 * @param debtorEmail the debtor's e-mail
 * @param debtorPhone the debtor's phone
 * @param address the debtor's address lines, city and country, one line each
 * @param amount the amount to recover
 * @param originalTotal the invoice total
 * @param currency its currency
 * @param caseDate the invoice date
 * @param dueDate the due date
 * @param jurisdiction the country whose rules apply
 * @param realmId the QuickBooks company id
 * @param invoiceId the QuickBooks invoice id
 * @param importId the import it came from
 * @param approvedBy who approved it
 * @param createdAt when the case was created
 * @param submittedAt when it was handed to collection
 * @param updatedAt when it last changed
 */
record CaseRow(String id, String reference, String status, String statusLabel, String debtorName,
		@Nullable String debtorEmail, @Nullable String debtorPhone, List<String> address, String amount,
		@Nullable String originalTotal, String currency, @Nullable String caseDate, @Nullable String dueDate,
		@Nullable String jurisdiction, @Nullable String realmId, @Nullable String invoiceId, @Nullable String importId,
		@Nullable String approvedBy, @Nullable String createdAt, @Nullable String submittedAt,
		@Nullable String updatedAt) {

	static CaseRow of(JsonNode node) {
		JsonNode debtor = node.path("debtor");
		JsonNode address = debtor.path("address");
		List<String> lines = new ArrayList<>();
		address.path("lines").forEach((line) -> lines.add(line.asString()));
		String place = String.join(" ", nonBlank(text(address, "postalCode"), text(address, "city"),
				text(address, "region")));
		if (!place.isBlank()) {
			lines.add(place);
		}
		String country = text(address, "country");
		if (country != null) {
			lines.add(country);
		}
		String status = (text(node, "status") != null) ? text(node, "status") : "";
		String id = (text(node, "id") != null) ? text(node, "id") : String.valueOf(text(node, "caseId"));
		return new CaseRow(id, String.valueOf(text(node, "creditorReference")), status, Labels.caseStatus(status),
				(text(debtor, "name") != null) ? text(debtor, "name") : "", text(debtor, "email"),
				text(debtor, "phone"), lines, String.valueOf(text(node, "amountToRecover")),
				text(node, "originalTotal"), (text(node, "currency") != null) ? text(node, "currency") : "",
				text(node, "caseDate"), text(node, "dueDate"), text(node, "jurisdiction"),
				text(node.path("source"), "realmId"), text(node.path("source"), "invoiceId"),
				text(node.path("origin"), "importId"), text(node.path("origin"), "approvedBy"), text(node, "createdAt"),
				text(node, "submittedAt"), text(node, "updatedAt"));
	}

	private static List<String> nonBlank(@Nullable String... values) {
		List<String> kept = new ArrayList<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				kept.add(value);
			}
		}
		return kept;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asString();
	}

}
