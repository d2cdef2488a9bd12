package com.qbobridge.sandbox.accounting.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.qbobridge.sandbox.accounting.Realm;
import com.qbobridge.sandbox.accounting.Realms;
import com.qbobridge.sandbox.accounting.query.Query;
import com.qbobridge.sandbox.accounting.query.QueryExecutor;
import com.qbobridge.sandbox.accounting.query.QueryParser;
import com.qbobridge.sandbox.accounting.query.QueryRejected;
import com.qbobridge.sandbox.common.IntuitTime;

/**
 * The Accounting API a collection connector reads: query, invoice, customer, company info and preferences, on
 * Intuit's paths and in Intuit's JSON. Access control, limits and faults happen before, in the gateway.
 */
@RestController
@RequestMapping(path = "/v3/company/{realmId}", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountingController {

	/** Intuit serves every minor version below 75 as 75. */
	static final int MINIMUM_MINOR_VERSION = 75;

	private static final Set<String> ALWAYS_SELECTED = Set.of("Id", "domain", "sparse");

	private final Realms realms;

	private final JsonMapper json;

	private final Clock clock;

	AccountingController(Realms realms, JsonMapper json, Clock clock) {
		this.realms = realms;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/query")
	Map<String, Object> query(@PathVariable String realmId,
			@RequestParam(name = "query", required = false) @Nullable String query,
			@RequestParam(name = "minorversion", required = false) @Nullable String minorVersion) {
		return runQuery(realmId, query);
	}

	@PostMapping(path = "/query", consumes = { "application/text", MediaType.TEXT_PLAIN_VALUE })
	Map<String, Object> postedQuery(@PathVariable String realmId, @RequestBody(required = false) @Nullable String query,
			@RequestParam(name = "minorversion", required = false) @Nullable String minorVersion) {
		return runQuery(realmId, query);
	}

	@GetMapping("/invoice/{id}")
	Map<String, Object> invoice(@PathVariable String realmId, @PathVariable String id) {
		Realm realm = this.realms.require(realmId);
		return envelope("Invoice", realm.invoice(id).orElseThrow(() -> new ObjectNotFound("Invoice", id)));
	}

	@GetMapping("/customer/{id}")
	Map<String, Object> customer(@PathVariable String realmId, @PathVariable String id) {
		Realm realm = this.realms.require(realmId);
		return envelope("Customer", realm.customer(id).orElseThrow(() -> new ObjectNotFound("Customer", id)));
	}

	@GetMapping("/companyinfo/{companyId}")
	Map<String, Object> companyInfo(@PathVariable String realmId, @PathVariable String companyId) {
		Realm realm = this.realms.require(realmId);
		if (!realmId.equals(companyId)) {
			throw new ObjectNotFound("CompanyInfo", companyId);
		}
		return envelope("CompanyInfo", CompanyDocuments.companyInfo(realm));
	}

	@GetMapping("/preferences")
	Map<String, Object> preferences(@PathVariable String realmId) {
		return envelope("Preferences", CompanyDocuments.preferences(this.realms.require(realmId)));
	}

	private Map<String, Object> runQuery(String realmId, @Nullable String text) {
		if (text == null || text.isBlank()) {
			throw QueryRejected.parserError("Encountered \"<EOF>\" at line 1, column 1.");
		}
		Realm realm = this.realms.require(realmId);
		Query query = QueryParser.parse(text.trim());
		Map<String, Object> response = new LinkedHashMap<>();
		if (query.count()) {
			response.put("totalCount", QueryExecutor.count(query, realm));
		}
		else {
			List<Object> page = QueryExecutor.page(query, realm);
			if (!page.isEmpty()) {
				// Intuit leaves QueryResponse empty when nothing matches.
				List<?> entities = (query.projection() != null) ? project(page, query.projection()) : page;
				response.put(query.entity().entityName(), entities);
				response.put("startPosition", query.startPosition());
				response.put("maxResults", page.size());
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("QueryResponse", response);
		body.put("time", IntuitTime.responseTime(this.clock));
		return body;
	}

	private List<JsonNode> project(List<Object> entities, List<String> properties) {
		return entities.stream().map((entity) -> {
			ObjectNode node = (ObjectNode) this.json.valueToTree(entity);
			node.retain(properties.stream()
				.collect(java.util.stream.Collectors.toCollection(() -> new java.util.HashSet<>(ALWAYS_SELECTED))));
			node.put("sparse", true);
			return (JsonNode) node;
		}).toList();
	}

	private Map<String, Object> envelope(String name, Object entity) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(name, entity);
		body.put("time", IntuitTime.responseTime(this.clock));
		return body;
	}

}
