package com.qbobridge.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the published schemas for tests, closed: every object that declares properties rejects undeclared ones, so a
 * record field the schema forgot, or a golden payload field the schema dropped, fails validation. The published
 * files stay open (consumers must ignore fields added later).
 */
final class ContractSchemas {

	static final String BASE = "https://schemas.qbobridge.com/events/";

	private static final String[] FILES = { "common.v1.schema.json", "import-requested.v1.schema.json",
			"invoice-fetched.v1.schema.json", "import-progressed.v1.schema.json", "import-completed.v1.schema.json",
			"connection-status-changed.v1.schema.json", "case-drafted.v1.schema.json",
			"case-draft-approved.v1.schema.json", "case-created.v1.schema.json", "case-rejected.v1.schema.json",
			"invoice-not-drafted.v1.schema.json", "invoice-changed.v1.schema.json", "case-updated.v1.schema.json" };

	private final JsonSchemaFactory factory;

	ContractSchemas() {
		Map<String, String> closed = new HashMap<>();
		for (String file : FILES) {
			closed.put(BASE + file, close(read("schemas/" + file)));
		}
		this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
				(builder) -> builder.schemaLoaders((loaders) -> loaders.schemas(closed)));
	}

	static boolean exists(String file) {
		return ContractSchemas.class.getClassLoader().getResource("schemas/" + file) != null;
	}

	Set<ValidationMessage> validate(Contract contract, String json) {
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
		JsonSchema schema = this.factory.getSchema(SchemaLocation.of(BASE + contract.schemaFile()), config);
		return schema.validate(json, InputFormat.JSON);
	}

	static String read(String resource) {
		try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String close(String schema) {
		JsonNode root = EventJson.mapper().readTree(schema);
		close(root);
		return root.toString();
	}

	private static void close(JsonNode node) {
		if (node instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
			object.put("additionalProperties", false);
		}
		for (JsonNode child : node) {
			close(child);
		}
	}

}
