package com.qbobridge.messaging.consuming;

import java.util.LinkedHashMap;
import java.util.Map;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topic;
import com.qbobridge.schemas.Topics;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a record into the record type of its topic's contract (from {@link Topics#catalog()}), with the contract's
 * JSON settings and whatever type headers the producer sent, and checks that the envelope names that contract.
 * Wrapped in an {@code ErrorHandlingDeserializer}, a record that fails here reaches the error handler as a
 * {@code DeserializationException} and goes to the dead-letter topic without a retry.
 */
public class ContractDeserializer implements Deserializer<Object> {

	private final Map<String, Contract> contracts = new LinkedHashMap<>();

	public ContractDeserializer() {
		for (Topic topic : Topics.catalog()) {
			this.contracts.put(topic.name(), topic.contract());
		}
	}

	@Override
	public Object deserialize(String topic, byte @Nullable [] data) {
		Contract contract = this.contracts.get(topic);
		if (contract == null) {
			throw new SerializationException("Topic " + topic + " is not in the catalog; no contract to read it with");
		}
		Class<? extends Event> type = contract.recordType();
		if (data == null || data.length == 0) {
			throw new SerializationException("Empty record on " + topic + ": not a " + type.getSimpleName());
		}
		Event event = EventJson.mapper().readValue(data, type);
		if (event == null || event.metadata() == null) {
			throw new SerializationException("Not a " + type.getSimpleName() + ": no metadata");
		}
		String expected = contract.eventType();
		if (!expected.equals(event.metadata().eventType())) {
			throw new SerializationException(
					"Expected a " + expected + " on " + topic + " but got " + event.metadata().eventType());
		}
		return event;
	}

	@Override
	public Object deserialize(String topic, Headers headers, byte @Nullable [] data) {
		return deserialize(topic, data);
	}

}
