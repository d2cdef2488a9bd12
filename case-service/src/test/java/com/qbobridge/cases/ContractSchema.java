package com.qbobridge.cases;

import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.qbobridge.schemas.Contract;

/**
 * A contract's published JSON Schema from shared-schemas, for checking what case-service puts on a topic the way a
 * consumer that does not use the Java records would read it.
 */
public final class ContractSchema {

	private static final String BASE = "https://schemas.qbobridge.com/events/";

	private final JsonSchema schema;

	private ContractSchema(Contract contract) {
		this.schema = JsonSchemaFactory
			.getInstance(SpecVersion.VersionFlag.V202012,
					(builder) -> builder.schemaMappers((mappers) -> mappers.mapPrefix(BASE, "classpath:schemas/")))
			.getSchema(SchemaLocation.of(BASE + contract.schemaFile()),
					SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
	}

	/**
	 * The schema of a contract.
	 * @param contract the contract, e.g. {@code CaseUpdated.CONTRACT}
	 * @return its schema
	 */
	public static ContractSchema of(Contract contract) {
		return new ContractSchema(contract);
	}

	/**
	 * Validates a payload as published.
	 * @param json the record's value
	 * @return what does not match; empty when it matches
	 */
	public Set<ValidationMessage> validate(String json) {
		return this.schema.validate(json, InputFormat.JSON);
	}

}
