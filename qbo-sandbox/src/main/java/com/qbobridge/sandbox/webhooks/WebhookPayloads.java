package com.qbobridge.sandbox.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes notifications the way Intuit does and signs them: base64 of HMAC-SHA256 over the exact body bytes, keyed
 * with the verifier token.
 */
final class WebhookPayloads {

	/** The legacy format's time, e.g. {@code 2015-10-05T14:42:19-0700} (offset without a colon). */
	private static final DateTimeFormatter LEGACY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

	private WebhookPayloads() {
	}

	static byte[] body(JsonMapper json, PayloadFormat format, List<EntityChange> changes) {
		Object payload = (format == PayloadFormat.LEGACY) ? legacy(changes) : cloudEvents(changes);
		return json.writeValueAsBytes(payload);
	}

	static String signature(byte[] body, String verifierToken) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(verifierToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static Map<String, Object> legacy(List<EntityChange> changes) {
		Map<String, List<EntityChange>> byRealm = changes.stream()
			.collect(Collectors.groupingBy(EntityChange::realmId, LinkedHashMap::new, Collectors.toList()));
		List<Object> notifications = new ArrayList<>();
		byRealm.forEach((realmId, realmChanges) -> {
			List<Object> entities = new ArrayList<>();
			for (EntityChange change : realmChanges) {
				Map<String, Object> entity = new LinkedHashMap<>();
				entity.put("name", change.entity());
				entity.put("id", change.id());
				entity.put("operation", change.operation());
				entity.put("lastUpdated", change.lastUpdated().format(LEGACY_TIME));
				if ("Delete".equals(change.operation())) {
					entity.put("deletedId", change.id());
				}
				entities.add(entity);
			}
			Map<String, Object> notification = new LinkedHashMap<>();
			notification.put("realmId", realmId);
			notification.put("dataChangeEvent", Map.of("entities", entities));
			notifications.add(notification);
		});
		return Map.of("eventNotifications", notifications);
	}

	private static List<Object> cloudEvents(List<EntityChange> changes) {
		List<Object> events = new ArrayList<>();
		for (EntityChange change : changes) {
			Map<String, Object> event = new LinkedHashMap<>();
			event.put("specversion", "1.0");
			event.put("id", UUID.randomUUID().toString());
			event.put("source", "intuit.sandbox");
			event.put("type", change.cloudEventType());
			event.put("datacontenttype", "application/json");
			event.put("time", change.lastUpdated().toInstant().toString());
			event.put("intuitentityid", change.id());
			event.put("intuitaccountid", change.realmId());
			event.put("data", Map.of());
			events.add(event);
		}
		return events;
	}

}
