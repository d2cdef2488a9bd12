package com.qbobridge.schemas;

import java.util.Set;
import java.util.stream.Collectors;

import com.qbobridge.schemas.connector.InvoiceChanged;
import com.qbobridge.schemas.imports.ImportRequested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every contract's record and JSON Schema describe the same thing, and a record survives the trip through JSON.
 */
class EventContractTests {

	private static final ContractSchemas schemas = new ContractSchemas();

	static Set<Topic> topics() {
		return Set.copyOf(Topics.catalog());
	}

	@ParameterizedTest
	@MethodSource("topics")
	void sampleSerialisesToJsonThatValidatesAgainstItsSchema(Topic topic) {
		Event sample = ContractSamples.all().get(topic.contract());
		String json = EventJson.mapper().writeValueAsString(sample);

		assertThat(schemas.validate(topic.contract(), json)).as(json).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("topics")
	void sampleReadsBackEqual(Topic topic) {
		Event sample = ContractSamples.all().get(topic.contract());
		String json = EventJson.mapper().writeValueAsString(sample);

		assertThat(EventJson.mapper().readValue(json, topic.contract().recordType())).isEqualTo(sample);
	}

	@ParameterizedTest
	@MethodSource("topics")
	void sampleCarriesItsOwnContractInItsMetadata(Topic topic) {
		Event sample = ContractSamples.all().get(topic.contract());

		assertThat(sample.metadata().eventType()).isEqualTo(topic.contract().eventType());
		assertThat(sample.metadata().eventVersion()).isEqualTo(topic.contract().version());
	}

	@Test
	void schemaRejectsAPayloadThatBreaksTheContract() {
		String json = EventJson.mapper().writeValueAsString(ContractSamples.importRequested());
		String renamed = json.replace("\"dateField\"", "\"dateFilter\"");
		String wrongType = json.replace("\"eventVersion\":1", "\"eventVersion\":\"one\"");

		assertThat(schemas.validate(ImportRequested.CONTRACT, renamed)).isNotEmpty();
		assertThat(schemas.validate(ImportRequested.CONTRACT, wrongType)).isNotEmpty();
	}

	@Test
	void invoiceChangedNeedsAVersionAndABalanceUnlessTheInvoiceWasDeleted() {
		String json = EventJson.mapper().writeValueAsString(ContractSamples.invoiceChanged());
		String withoutToken = json.replace(",\"syncToken\":\"3\"", "");
		String withoutBalance = json.replace("\"balance\":162.07", "\"balance\":null");
		String deletedWithoutEither = withoutToken.replace("\"balance\":162.07", "\"balance\":null")
			.replace("\"PARTIALLY_PAID\"", "\"DELETED\"");

		assertThat(withoutToken).isNotEqualTo(json);
		assertThat(schemas.validate(InvoiceChanged.CONTRACT, withoutToken)).isNotEmpty();
		assertThat(schemas.validate(InvoiceChanged.CONTRACT, withoutBalance)).isNotEmpty();
		assertThat(schemas.validate(InvoiceChanged.CONTRACT, deletedWithoutEither)).isEmpty();
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> EventJson.mapper().readValue(withoutToken, InvoiceChanged.class))
			.withMessageContaining("source.syncToken");
	}

	@Test
	void quickBooksEntitiesKeepQuickBooksPropertyNames() {
		String json = EventJson.mapper().writeValueAsString(ContractSamples.invoiceFetched());

		assertThat(json).contains("\"DocNumber\":\"1037\"", "\"TxnDate\":\"2026-03-14\"",
				"\"CurrencyRef\":{\"value\":\"USD\"", "\"CountrySubDivisionCode\":\"CA\"",
				"\"PrimaryEmailAddr\":{\"Address\"", "\"FreeFormNumber\"");
	}

	@Test
	void everyContractHasASample() {
		Set<Contract> catalogued = Topics.catalog().stream().map(Topic::contract).collect(Collectors.toSet());

		assertThat(ContractSamples.all().keySet()).isEqualTo(catalogued);
	}

}
