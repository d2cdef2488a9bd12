package com.qbobridge.schemas;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Records are created through a handle adapted once, not through {@code invokeWithArguments} on every value, and
 * read as Jackson reads them otherwise: nested records, missing properties, a constructor that refuses its values.
 */
class RecordCreatorsTests {

	private static final JsonMapper JACKSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Test
	void createsRecordsWithoutAdaptingTheConstructorOnEveryCall() {
		EventJson.mapper().readValue("{\"name\":\"x\"}", Traced.class);
		assertThat(Traced.callers.get()).noneMatch((frame) -> frame.contains("invokeWithArguments"));

		JACKSON.readValue("{\"name\":\"x\"}", Traced.class);
		assertThat(Traced.callers.get()).as("Jackson by itself")
			.anyMatch((frame) -> frame.contains("invokeWithArguments"));
	}

	@Test
	void readsRecordsAsJacksonDoes() {
		String json = "{\"name\":\"Acme\",\"inner\":{\"count\":3,\"tags\":[\"a\",\"b\"]},\"extra\":1}";

		assertThat(EventJson.mapper().readValue(json, Outer.class)).isEqualTo(JACKSON.readValue(json, Outer.class))
			.isEqualTo(new Outer("Acme", new Inner(3, List.of("a", "b"))));
		assertThat(EventJson.mapper().readValue("{}", Outer.class)).isEqualTo(new Outer(null, null));
	}

	@Test
	void reportsARefusingConstructorAsJacksonDoes() {
		assertThatThrownBy(() -> EventJson.mapper().readValue("{\"count\":-1}", Inner.class))
			.isInstanceOf(ValueInstantiationException.class)
			.hasMessageContaining("count must not be negative")
			.hasMessageContaining(Inner.class.getSimpleName());
	}

	record Outer(String name, Inner inner) {
	}

	record Inner(int count, List<String> tags) {

		Inner {
			if (count < 0) {
				throw new IllegalArgumentException("count must not be negative");
			}
		}

	}

	record Traced(String name) {

		/** Who called the constructor last. */
		static final ThreadLocal<List<String>> callers = new ThreadLocal<>();

		Traced {
			callers.set(Arrays.stream(new Throwable().getStackTrace()).map(StackTraceElement::toString).toList());
		}

	}

}
