package com.qbobridge.connector.invoices;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qbobridge.messaging.publishing.EventPublisher.StoredEvent;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.connector.TruncatedField;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import org.springframework.util.Assert;

/**
 * Keeps every {@link InvoiceFetched} small enough for the broker, so that one invoice with an absurd text (QuickBooks
 * caps its fields, but a damaged company or a test can hold a megabyte in a memo) cannot fail the whole import: a
 * record over the limit has its longest texts cut, step by step, until it fits, and says which ones in
 * {@code truncatedFields}. Every step keeps more characters than any case field holds (at most 254), so a cut text
 * that would reach a case is still refused by the case rules, with their reason, instead of becoming a wrong case.
 * Records within the limit, as every invoice within Intuit's field limits is, are published untouched.
 */
class RecordSizeLimit {

	/**
	 * Characters kept per text, tried in turn: Intuit's longest field limit among the event's fields (PrivateNote,
	 * 4,000), then less. The last step bounds any record (about 170 texts of 256 characters, 6 bytes each at worst).
	 */
	private static final int[] KEPT_LENGTHS = { 4000, 1000, 256 };

	private final long maxBytes;

	/**
	 * Creates the limit.
	 * @param maxBytes the largest record to publish, in bytes of JSON; well below the producer's
	 * {@code max.request.size} (1 MiB by default), at least 64 KiB
	 */
	RecordSizeLimit(long maxBytes) {
		Assert.isTrue(maxBytes >= 64 * 1024, "maxBytes must be at least 64 KiB");
		this.maxBytes = maxBytes;
	}

	/**
	 * The event written as it may be published: written to JSON once, and only when that is over the limit its
	 * longest texts cut and listed, and written again, so that sizing a record costs no second serialization.
	 * @param topic the topic it goes to
	 * @param key its record key
	 * @param event the invoice as read, must not be null
	 * @return the record's payload, within the limit, and what was shortened
	 */
	Written written(String topic, String key, InvoiceFetched event) {
		StoredEvent written = StoredEvent.of(topic, key, event);
		if (written.payloadBytes() <= this.maxBytes) {
			return new Written(event, written);
		}
		InvoiceFetched shortened = shortened(event);
		return new Written(shortened, StoredEvent.of(topic, key, shortened));
	}

	/**
	 * An invoice's record as it is published.
	 *
	 * @param event the event: the one given when it fitted, else its shortened copy
	 * @param record the event written for the broker
	 */
	record Written(InvoiceFetched event, StoredEvent record) {

		/**
		 * The texts shortened to make it fit.
		 * @return them, {@code null} when it fitted as read
		 */
		@Nullable List<TruncatedField> truncatedFields() {
			return this.event.truncatedFields();
		}

	}

	private InvoiceFetched shortened(InvoiceFetched event) {
		ObjectNode tree = (ObjectNode) EventJson.mapper().valueToTree(event);
		Map<String, TruncatedField> cut = new LinkedHashMap<>();
		for (int kept : KEPT_LENGTHS) {
			for (String part : List.of("invoice", "customer", "parentCustomers")) {
				JsonNode node = tree.get(part);
				if (node != null) {
					shorten(node, part, kept, cut, tree, part);
				}
			}
			tree.set("truncatedFields", EventJson.mapper().valueToTree(new ArrayList<>(cut.values())));
			if (size(tree) <= this.maxBytes) {
				break;
			}
		}
		return EventJson.mapper().treeToValue(tree, InvoiceFetched.class);
	}

	/** Cuts every text below {@code node} longer than {@code kept}, remembering the length QuickBooks sent. */
	private static void shorten(JsonNode node, String path, int kept, Map<String, TruncatedField> cut,
			JsonNode parent, String name) {
		if (node.isString()) {
			String text = node.asString();
			if (text.length() > kept) {
				String shortened = text.substring(0, cutAt(text, kept));
				int original = cut.containsKey(path) ? cut.get(path).length() : text.length();
				cut.put(path, new TruncatedField(path, original, shortened.length()));
				replace(parent, name, shortened);
			}
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : List.copyOf(node.properties())) {
				shorten(field.getValue(), path + "." + field.getKey(), kept, cut, node, field.getKey());
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				shorten(node.get(i), path + "[" + i + "]", kept, cut, node, Integer.toString(i));
			}
		}
	}

	private static void replace(JsonNode parent, String name, String text) {
		if (parent instanceof ObjectNode object) {
			object.set(name, StringNode.valueOf(text));
		}
		else if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(name), StringNode.valueOf(text));
		}
	}

	/** Where to cut so that a character outside the Basic Multilingual Plane is not split in half. */
	private static int cutAt(String text, int kept) {
		return Character.isHighSurrogate(text.charAt(kept - 1)) ? kept - 1 : kept;
	}

	/** The record's size in bytes of JSON, counted without keeping it. */
	private static long size(Object value) {
		Counting out = new Counting();
		EventJson.mapper().writeValue(out, value);
		return out.count;
	}

	private static final class Counting extends OutputStream {

		private long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

}
