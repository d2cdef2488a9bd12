package com.qbobridge.sandbox.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import com.qbobridge.sandbox.accounting.Customer;
import com.qbobridge.sandbox.accounting.Invoice;

/**
 * Reads customers and invoices in QBO's own JSON: {@code {"Customer":[...],"Invoice":[...]}}, a saved query response
 * ({@code {"QueryResponse":{...}}}) or single-entity responses ({@code {"Invoice":{...}}}).
 */
@Component
public class EntityFiles {

	private final JsonMapper json;

	public EntityFiles(JsonMapper json) {
		this.json = json;
	}

	public Dataset read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(this.json.readTree(in));
		}
	}

	/** Reads a parsed document; an unknown shape reads as empty. */
	public Dataset read(JsonNode document) {
		JsonNode root = document.has("QueryResponse") ? document.get("QueryResponse") : document;
		return new Dataset(entities(root.get("Customer"), Customer.class), entities(root.get("Invoice"), Invoice.class));
	}

	private <T> List<T> entities(JsonNode node, Class<T> type) {
		List<T> entities = new ArrayList<>();
		if (node == null || node.isNull()) {
			return entities;
		}
		if (node.isArray()) {
			for (JsonNode element : node) {
				entities.add(this.json.treeToValue(element, type));
			}
		}
		else {
			entities.add(this.json.treeToValue(node, type));
		}
		return entities;
	}

}
