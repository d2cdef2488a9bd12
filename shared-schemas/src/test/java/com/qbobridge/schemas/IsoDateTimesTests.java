package com.qbobridge.schemas;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TimeZone;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The date-times of the contracts read digit by digit read exactly as Jackson's own reader reads them, and whatever
 * is not in the common shape is Jackson's to read or to refuse.
 */
class IsoDateTimesTests {

	/** Jackson with the contract settings but without this project's readers. */
	private static final JsonMapper JACKSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	/** The common shape, then others (Jackson's to read or refuse), then values out of range. */
	private static final List<String> TEXTS = List.of("2026-10-01T13:16:17Z", "2026-10-01T13:16:17-07:00",
			"2026-10-01T13:16:17+05:30", "2026-12-31T23:59:59+14:00", "2024-02-29T00:00:00-12:00",
			"2026-10-01T13:16:17.1Z", "2026-10-01T13:16:17.12-07:00", "2026-10-01T13:16:17.123456Z",
			"2026-10-01T13:16:17.123456789+01:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
			"2026-10-01T13:16Z", "2026-10-01T13:16:17+0200", "2026-10-01T13:16:17.1234567891Z",
			"2026-10-01 13:16:17Z", "2026-10-01T13:16:17+02", "+12026-10-01T13:16:17Z", "2026-10-01t13:16:17z",
			"2026-13-01T13:16:17Z", "2026-02-30T13:16:17Z", "2026-10-01T24:16:17Z", "2026-10-01T13:16:17+19:00",
			"2026-10-01T13:16:17", "yesterday", "2026-10-01T13:16:17.Z", "2026-10-01T1\u0663:16:17Z", "");

	@Test
	void readsOrRefusesEveryDateTimeAsJacksonDoes() {
		for (String text : TEXTS) {
			for (String field : List.of("instant", "offset")) {
				// Equal, not the same instant only: the same offset too (adjusted to the context's zone, UTC).
				assertReadOrRefusedAsByJackson("{\"" + field + "\":\"" + text + "\"}");
			}
		}
	}

	@Test
	void keepsTheWrittenOffsetWhenTheContextSaysSo() {
		JsonMapper jackson = JACKSON.rebuild().disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
		JsonMapper ours = EventJson.configure(JsonMapper.builder())
			.disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
			.build();
		JsonMapper inBerlin = EventJson.configure(JsonMapper.builder())
			.defaultTimeZone(TimeZone.getTimeZone("Europe/Berlin"))
			.build();
		JsonMapper jacksonInBerlin = JACKSON.rebuild().defaultTimeZone(TimeZone.getTimeZone("Europe/Berlin")).build();
		for (String text : List.of("2026-10-01T13:16:17-07:00", "2026-03-29T01:30:00Z", "2026-10-25T00:30:00Z")) {
			String json = "{\"offset\":\"" + text + "\"}";

			assertThat(ours.readValue(json, Times.class).offset()).as(text)
				.isEqualTo(jackson.readValue(json, Times.class).offset());
			assertThat(inBerlin.readValue(json, Times.class).offset()).as(text)
				.isEqualTo(jacksonInBerlin.readValue(json, Times.class).offset());
		}
	}

	@Test
	void readsNumbersAndNullsAsJacksonDoes() {
		String json = "{\"instant\":1790000000.5,\"offset\":null}";

		assertThat(EventJson.mapper().readValue(json, Times.class)).isEqualTo(JACKSON.readValue(json, Times.class));
	}

	@Test
	void readsTheCommonShapeItself() {
		assertThat(IsoDateTimes.parse("2026-10-01T13:16:17.5-07:00"))
			.isEqualTo(OffsetDateTime.parse("2026-10-01T13:16:17.5-07:00"));
		assertThat(IsoDateTimes.parse("2026-10-01T13:16:17+0200")).as("left to Jackson").isNull();
	}

	@Test
	void readsOrRefusesEveryDateAsJacksonDoes() {
		for (String text : List.of("2026-10-01", "2024-02-29", "0001-01-01", "9999-12-31", "2026-02-29", "2026-13-01",
				"2026-10-00", "2026-1-01", "20261001", "2026-10-01T13:16:17", "+12026-10-01", "2026-10-0\u0663", "")) {
			assertReadOrRefusedAsByJackson("{\"date\":\"" + text + "\"}");
		}
	}

	private static void assertReadOrRefusedAsByJackson(String json) {
		Times jackson;
		try {
			jackson = JACKSON.readValue(json, Times.class);
		}
		catch (RuntimeException refused) {
			assertThatThrownBy(() -> EventJson.mapper().readValue(json, Times.class)).as(json)
				.isInstanceOf(refused.getClass());
			return;
		}
		assertThat(EventJson.mapper().readValue(json, Times.class)).as(json).isEqualTo(jackson);
	}

	record Times(@Nullable Instant instant, @Nullable OffsetDateTime offset, @Nullable LocalDate date) {
	}

}
