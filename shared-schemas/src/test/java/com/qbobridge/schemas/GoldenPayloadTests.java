package com.qbobridge.schemas;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payloads once published under a contract version ({@code contracts/<topic>/v<n>/*.json}) must stay valid and
 * readable for as long as that version lives: renaming or removing a field, changing its type or making a new field
 * required breaks them, and so fails here. Within a version, contracts only grow.
 */
class GoldenPayloadTests {

	private static final ContractSchemas schemas = new ContractSchemas();

	static Stream<Arguments> goldenPayloads() throws IOException, URISyntaxException {
		List<Arguments> payloads = new ArrayList<>();
		for (Topic topic : Topics.catalog()) {
			Path dir = contractsDir(topic);
			try (Stream<Path> files = Files.list(dir)) {
				files.filter((file) -> file.toString().endsWith(".json"))
					.sorted()
					.forEach((file) -> payloads.add(Arguments.of(topic, file.getFileName().toString(), file)));
			}
		}
		return payloads.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("goldenPayloads")
	void goldenPayloadStillValidatesAgainstTheCurrentSchema(Topic topic, String name, Path file) throws IOException {
		String json = Files.readString(file);

		assertThat(schemas.validate(topic.contract(), json)).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("goldenPayloads")
	void goldenPayloadReadsIntoTheCurrentRecordWithoutLosingAField(Topic topic, String name, Path file)
			throws IOException {
		JsonNode golden = EventJson.mapper().readTree(Files.readString(file));

		Event event = EventJson.mapper().treeToValue(golden, topic.contract().recordType());
		JsonNode written = EventJson.mapper().valueToTree(event);

		assertContains(written, golden, "$");
	}

	@Test
	void everyTopicHasAFullAndAMinimalGoldenPayload() throws IOException, URISyntaxException {
		for (Topic topic : Topics.catalog()) {
			assertThat(contractsDir(topic).resolve("full.json")).as(topic.name()).exists();
			assertThat(contractsDir(topic).resolve("minimal.json")).as(topic.name()).exists();
		}
	}

	@Test
	void fullGoldenPayloadMatchesTheCurrentSample() throws IOException, URISyntaxException {
		for (Map.Entry<Contract, Event> sample : ContractSamples.all().entrySet()) {
			Topic topic = Topics.catalog()
				.stream()
				.filter((candidate) -> candidate.contract().equals(sample.getKey()))
				.findFirst()
				.orElseThrow();
			JsonNode golden = EventJson.mapper().readTree(Files.readString(contractsDir(topic).resolve("full.json")));

			assertThat(EventJson.mapper().treeToValue(golden, sample.getKey().recordType())).as(topic.name())
				.isEqualTo(sample.getValue());
		}
	}

	private static void assertContains(JsonNode actual, JsonNode expected, String path) {
		if (expected.isObject()) {
			for (Map.Entry<String, JsonNode> field : expected.properties()) {
				assertThat(actual.has(field.getKey())).as(path + "." + field.getKey() + " is kept").isTrue();
				assertContains(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey());
			}
		}
		else if (expected.isArray()) {
			assertThat(actual.size()).as(path).isEqualTo(expected.size());
			for (int i = 0; i < expected.size(); i++) {
				assertContains(actual.get(i), expected.get(i), path + "[" + i + "]");
			}
		}
		else if (expected.isNumber()) {
			assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
		}
		else {
			assertThat(actual).as(path).isEqualTo(expected);
		}
	}

	private static Path contractsDir(Topic topic) throws URISyntaxException {
		URL url = GoldenPayloadTests.class.getClassLoader()
			.getResource("contracts/" + topic.name() + "/v" + topic.contract().version());
		assertThat(url).as("golden payloads of " + topic.name()).isNotNull();
		return Path.of(url.toURI());
	}

}
