package com.qbobridge.connector.changes.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.qbobridge.connector.changes.ChangeNotice;
import com.qbobridge.schemas.EventJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the invoice notices out of both of Intuit's webhook payloads: the legacy
 * {@code {"eventNotifications":[{"realmId":..,"dataChangeEvent":{"entities":[..]}}]}} object and the CloudEvents
 * array ({@code type: qbo.invoice.updated.v1}, {@code intuitentityid}, {@code intuitaccountid}). Other entities are
 * left out.
 */
final class WebhookNotifications {

	/** The legacy format's time, e.g. {@code 2015-10-05T14:42:19-0700}. */
	private static final DateTimeFormatter LEGACY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z");

	private WebhookNotifications() {
	}

	/**
	 * The invoice notices of a payload.
	 * @param body the raw body, already verified
	 * @return the notices, in payload order
	 * @throws IllegalArgumentException when the body is not one of the two formats
	 */
	static List<ChangeNotice> invoiceNotices(byte[] body) {
		JsonNode payload;
		try {
			payload = EventJson.mapper().readTree(body);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The body is not JSON");
		}
		List<ChangeNotice> notices = new ArrayList<>();
		if (payload.isArray()) {
			for (JsonNode event : payload) {
				String[] type = event.path("type").asString("").split("\\.");
				if (type.length >= 3 && type[1].equalsIgnoreCase("invoice")) {
					notices.add(notice(event.path("intuitaccountid"), event.path("intuitentityid"), operation(type[2]),
							time(event.path("time").asString(null))));
				}
			}
			return notices;
		}
		JsonNode notifications = payload.get("eventNotifications");
		if (notifications == null || !notifications.isArray()) {
			throw new IllegalArgumentException("The body has neither eventNotifications nor CloudEvents");
		}
		for (JsonNode notification : notifications) {
			for (JsonNode entity : notification.path("dataChangeEvent").path("entities")) {
				if ("Invoice".equalsIgnoreCase(entity.path("name").asString(""))) {
					notices.add(notice(notification.path("realmId"), entity.path("id"),
							entity.path("operation").asString("Update"), time(entity.path("lastUpdated").asString(null))));
				}
			}
		}
		return notices;
	}

	private static ChangeNotice notice(JsonNode realm, JsonNode id, String operation, @Nullable Instant at) {
		if (!realm.isString() || realm.asString().isBlank() || !id.isString() || id.asString().isBlank()) {
			throw new IllegalArgumentException("A notification names no company or no invoice");
		}
		return new ChangeNotice(realm.asString(), id.asString(), operation, at);
	}

	/** CloudEvents' verb to the legacy operation name. */
	private static String operation(String verb) {
		return switch (verb.toLowerCase(Locale.ROOT)) {
			case "created" -> "Create";
			case "deleted" -> "Delete";
			case "voided" -> "Void";
			case "merged" -> "Merge";
			default -> "Update";
		};
	}

	private static @Nullable Instant time(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return OffsetDateTime.parse(text, LEGACY_TIME).toInstant();
			}
			catch (DateTimeParseException notLegacy) {
				return null;
			}
		}
	}

}
