package com.qbobridge.connector.quickbooks;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import com.qbobridge.schemas.EventJson;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/**
 * Reads Intuit's error bodies in all the forms the Accounting API sends: JSON {@code {"Fault":{"Error":[...]}}},
 * the lower-case {@code {"fault":{"error":[...]}}} of its authentication layer, and XML
 * {@code <IntuitResponse><Fault>...}. Anything else (empty, HTML from a proxy) reads as {@link IntuitFault#NONE}.
 */
public final class IntuitFaults {

	private IntuitFaults() {
	}

	/**
	 * Reads a fault from a response body.
	 * @param body the body, may be null or empty
	 * @return the fault, or {@link IntuitFault#NONE}
	 */
	public static IntuitFault read(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return IntuitFault.NONE;
		}
		String trimmed = body.strip();
		try {
			if (trimmed.startsWith("{")) {
				return fromJson(EventJson.mapper().readTree(trimmed));
			}
			if (trimmed.startsWith("<")) {
				return fromXml(trimmed);
			}
		}
		catch (RuntimeException ex) {
			return IntuitFault.NONE;
		}
		return IntuitFault.NONE;
	}

	/**
	 * Reads the fault a JSON body carries, if it carries one (Intuit sometimes answers 200 with a fault).
	 * @param root the parsed body
	 * @return the fault, or {@link IntuitFault#NONE}
	 */
	public static IntuitFault fromJson(JsonNode root) {
		JsonNode fault = field(root, "Fault");
		if (fault == null || !fault.isObject()) {
			return IntuitFault.NONE;
		}
		List<IntuitError> errors = new ArrayList<>();
		JsonNode list = field(fault, "Error");
		if (list != null) {
			for (JsonNode error : list.isArray() ? list : List.of(list)) {
				errors.add(new IntuitError(text(error, "code"), text(error, "Message"), text(error, "Detail"),
						text(error, "element")));
			}
		}
		return new IntuitFault(text(fault, "type"), errors);
	}

	private static IntuitFault fromXml(String body) throws RuntimeException {
		Document document = parseXml(body);
		NodeList faults = document.getElementsByTagNameNS("*", "Fault");
		if (faults.getLength() == 0) {
			return IntuitFault.NONE;
		}
		Element fault = (Element) faults.item(0);
		List<IntuitError> errors = new ArrayList<>();
		NodeList children = fault.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child instanceof Element error && "Error".equals(localName(error))) {
				errors.add(new IntuitError(attribute(error, "code"), childText(error, "Message"),
						childText(error, "Detail"), attribute(error, "element")));
			}
		}
		return new IntuitFault(attribute(fault, "type"), errors);
	}

	private static Document parseXml(String body) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new InputSource(new StringReader(body)));
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("Not XML", ex);
		}
	}

	/** Intuit's two spellings differ only in case: {@code Fault}/{@code fault}, {@code Message}/{@code message}. */
	private static @Nullable JsonNode field(JsonNode node, String name) {
		JsonNode exact = node.get(name);
		if (exact != null) {
			return exact;
		}
		for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (field.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
				return field.getValue();
			}
		}
		return null;
	}

	private static @Nullable String text(JsonNode node, String name) {
		JsonNode value = field(node, name);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static String localName(Element element) {
		return (element.getLocalName() != null) ? element.getLocalName() : element.getTagName();
	}

	private static @Nullable String attribute(Element element, String name) {
		return element.hasAttribute(name) ? element.getAttribute(name) : null;
	}

	private static @Nullable String childText(Element parent, String name) {
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child && name.equals(localName(child))) {
				return child.getTextContent();
			}
		}
		return null;
	}

}
