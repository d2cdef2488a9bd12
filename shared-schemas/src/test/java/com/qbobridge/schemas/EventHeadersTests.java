package com.qbobridge.schemas;

import java.util.UUID;

import com.qbobridge.schemas.connector.ImportProgressed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class EventHeadersTests {

	@Test
	void repeatsTheEnvelopeUnderStableNamesInAStableOrder() {
		EventMetadata metadata = EventMetadata.first(ImportProgressed.CONTRACT, "acme", UUID.randomUUID(),
				UUID.randomUUID());

		assertThat(EventHeaders.of(metadata)).containsExactly(
				entry("event-id", metadata.eventId().toString()),
				entry("event-type", "ImportProgressed"),
				entry("event-version", "1"),
				entry("correlation-id", metadata.correlationId().toString()));
	}

}
