package com.qbobridge.schemas;

import java.util.UUID;

import com.qbobridge.schemas.connector.ImportProgressed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TopicsTests {

	@Test
	void topicNamesAreUniqueAndFollowProducerDotEvent() {
		assertThat(Topics.catalog()).extracting(Topic::name)
			.doesNotHaveDuplicates()
			.allMatch((name) -> name.matches("[a-z]+\\.[a-z]+(-[a-z]+)*"));
	}

	@Test
	void everyContractHasAPublishedSchema() {
		assertThat(Topics.catalog()).allSatisfy((topic) -> assertThat(ContractSchemas.exists(topic.contract().schemaFile()))
			.as(topic.contract().schemaFile())
			.isTrue());
	}

	@Test
	void schemaFileNameIsTheEventTypeInKebabCaseWithItsVersion() {
		assertThat(ImportProgressed.CONTRACT.schemaFile()).isEqualTo("import-progressed.v1.schema.json");
	}

	@Test
	void deadLetterTopicUsesSpringKafkasDefaultSuffix() {
		assertThat(Topics.named(Topics.INVOICE_FETCHED)).get()
			.extracting(Topic::deadLetterTopic)
			.isEqualTo("connector.invoice-fetched-dlt");
	}

	@Test
	void eventsOfOneConnectionShareAKey() {
		EventMetadata first = EventMetadata.first(ImportProgressed.CONTRACT, "acme", UUID.randomUUID(),
				UUID.randomUUID());
		EventMetadata next = first.next(ImportProgressed.CONTRACT);

		assertThat(next.partitionKey()).isEqualTo(first.partitionKey()).isEqualTo(first.connectionId().toString());
		assertThat(next.correlationId()).isEqualTo(first.correlationId());
		assertThat(next.eventId()).isNotEqualTo(first.eventId());
	}

	@Test
	void eventsWithoutAConnectionAreKeyedByAccount() {
		assertThat(EventMetadata.first(ImportProgressed.CONTRACT, "acme", null, null).partitionKey())
			.isEqualTo("acme");
	}

	@Test
	void metadataRequiresAnAccount() {
		assertThatExceptionOfType(NullPointerException.class)
			.isThrownBy(() -> EventMetadata.first(ImportProgressed.CONTRACT, null, null, null))
			.withMessageContaining("accountId");
	}

}
