package com.qbobridge.sandbox.webhooks;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One entity change a webhook reports: which entity, of which company, what happened and when.
 *
 * @param realmId the company
 * @param entity the entity name, e.g. {@code Invoice}
 * @param id the entity id
 * @param operation Intuit's operation: {@code Create}, {@code Update}, {@code Delete}, {@code Void}, ...
 * @param lastUpdated the entity's new {@code LastUpdatedTime}
 */
public record EntityChange(String realmId, String entity, String id, String operation, OffsetDateTime lastUpdated) {

	/** The CloudEvents {@code type}, e.g. {@code qbo.invoice.updated.v1}. */
	String cloudEventType() {
		String verb = switch (this.operation) {
			case "Create" -> "created";
			case "Delete" -> "deleted";
			case "Void" -> "voided";
			case "Merge" -> "merged";
			default -> "updated";
		};
		return "qbo." + this.entity.toLowerCase(Locale.ROOT) + "." + verb + ".v1";
	}

}
