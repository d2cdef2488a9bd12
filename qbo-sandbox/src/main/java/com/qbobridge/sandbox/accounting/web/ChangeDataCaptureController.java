package com.qbobridge.sandbox.accounting.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.qbobridge.sandbox.accounting.Invoice;
import com.qbobridge.sandbox.accounting.MetaData;
import com.qbobridge.sandbox.accounting.Realm;
import com.qbobridge.sandbox.accounting.Realms;
import com.qbobridge.sandbox.accounting.query.QueryRejected;
import com.qbobridge.sandbox.common.IntuitTime;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intuit's change data capture ({@code GET /v3/company/{realmId}/cdc?entities=Invoice&changedSince=...}): every
 * invoice changed at or after {@code changedSince}, deleted ones as {@code {"status":"Deleted"}} stubs, at most
 * 1,000 objects per entity and at most 30 days back, as Intuit answers it.
 */
@RestController
@RequestMapping(path = "/v3/company/{realmId}", produces = MediaType.APPLICATION_JSON_VALUE)
class ChangeDataCaptureController {

	/** Intuit returns at most this many objects per response. */
	static final int MAX_OBJECTS = 1000;

	/** Intuit keeps changes this long. */
	static final Duration LOOK_BACK = Duration.ofDays(30);

	private static final DateTimeFormatter ENTITY_TIME = DateTimeFormatter.ofPattern(MetaData.PATTERN);

	private final Realms realms;

	private final Clock clock;

	ChangeDataCaptureController(Realms realms, Clock clock) {
		this.realms = realms;
		this.clock = clock;
	}

	@GetMapping("/cdc")
	Map<String, Object> changes(@PathVariable String realmId,
			@RequestParam(name = "entities", required = false) @Nullable String entities,
			@RequestParam(name = "changedSince", required = false) @Nullable String changedSince,
			@RequestParam(name = "minorversion", required = false) @Nullable String minorVersion) {
		Realm realm = this.realms.require(realmId);
		if (entities == null || entities.isBlank()) {
			throw QueryRejected.validationError("entities is required, e.g. entities=Invoice");
		}
		OffsetDateTime since = parse(changedSince);
		if (since.toInstant().isBefore(this.clock.instant().minus(LOOK_BACK))) {
			throw QueryRejected.validationError("changedSince can go back at most 30 days");
		}
		List<Map<String, Object>> responses = new ArrayList<>();
		for (String entity : entities.split(",")) {
			String name = entity.trim();
			if (!name.toLowerCase(Locale.ROOT).equals("invoice")) {
				throw QueryRejected.validationError("entity " + name + " is not supported by this sandbox's cdc");
			}
			responses.add(Map.of("QueryResponse", List.of(invoiceChanges(realm, since))));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("CDCResponse", responses);
		body.put("time", IntuitTime.responseTime(this.clock));
		return body;
	}

	private static Map<String, Object> invoiceChanges(Realm realm, OffsetDateTime since) {
		List<Object> changed = Stream
			.concat(realm.invoices().values().stream().map((invoice) -> new Change(invoice, false)),
					realm.deletedInvoices().stream().map((invoice) -> new Change(invoice, true)))
			.filter((change) -> !change.invoice().metaData().lastUpdatedTime().isBefore(since))
			// Oldest first, so that a client resuming from the last object's time misses nothing beyond the cap.
			.sorted(Comparator.comparing((Change change) -> change.invoice().metaData().lastUpdatedTime())
				.thenComparing((change) -> change.invoice().id()))
			.limit(MAX_OBJECTS)
			.map((change) -> change.deleted() ? tombstone(change.invoice()) : change.invoice())
			.toList();
		Map<String, Object> response = new LinkedHashMap<>();
		if (!changed.isEmpty()) {
			response.put("Invoice", changed);
			response.put("startPosition", 1);
			response.put("maxResults", changed.size());
		}
		return response;
	}

	/** An invoice as it is now, or the tombstone of a deleted one. */
	private record Change(Invoice invoice, boolean deleted) {
	}

	private static Map<String, Object> tombstone(Invoice invoice) {
		Map<String, Object> stub = new LinkedHashMap<>();
		stub.put("domain", "QBO");
		stub.put("status", "Deleted");
		stub.put("Id", invoice.id());
		stub.put("MetaData", Map.of("LastUpdatedTime", invoice.metaData().lastUpdatedTime().format(ENTITY_TIME)));
		return stub;
	}

	private OffsetDateTime parse(@Nullable String changedSince) {
		if (changedSince == null || changedSince.isBlank()) {
			throw QueryRejected.validationError("changedSince is required, e.g. changedSince=2026-11-01T00:00:00-08:00");
		}
		try {
			return OffsetDateTime.parse(changedSince.trim().replace(' ', '+'));
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(changedSince.trim()).atStartOfDay(IntuitTime.ZONE).toOffsetDateTime();
			}
			catch (DateTimeParseException notADate) {
				throw QueryRejected.validationError("changedSince is not a date-time: " + changedSince);
			}
		}
	}

}
