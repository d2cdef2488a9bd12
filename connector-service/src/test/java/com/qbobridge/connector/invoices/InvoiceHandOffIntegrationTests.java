package com.qbobridge.connector.invoices;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.messaging.publishing.PublishFailed;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A page of invoices the broker does not take fails the import visibly, in words that say to try again, instead of
 * being lost: the fetch stops at that page, counts none of its invoices and reports no progress for it.
 */
class InvoiceHandOffIntegrationTests {

	private final List<ImportProgressed> progress = new ArrayList<>();

	@Test
	void aPageTheBrokerDoesNotAcknowledgeFailsTheImportWithAReasonToTryAgain() {
		// A real producer on the run's real broker that refuses every record: none fits its request size.
		DefaultKafkaProducerFactory<String, Object> producers = new DefaultKafkaProducerFactory<>(
				Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
						ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64),
				new StringSerializer(), (topic, value) -> String.valueOf(value).getBytes(StandardCharsets.UTF_8));
		InvoiceImport fetch = new InvoiceImport(request(), connection(), InvoiceHandOffIntegrationTests::answer,
				new EventPublisher(new KafkaTemplate<>(producers)), Duration.ofMinutes(1), settings(),
				this.progress::add);

		assertThatExceptionOfType(PublishFailed.class).isThrownBy(fetch::run).satisfies((failed) -> {
			FetchRunner.Failure failure = FetchRunner.Failure.of(failed);
			assertThat(failure.reason()).isEqualTo(ImportFailureReason.UNEXPECTED);
			assertThat(failure.detail()).contains("could not hand the invoices on").endsWith("try again");
		});

		assertThat(fetch.published()).isZero();
		assertThat(fetch.pages()).isZero();
		assertThat(this.progress).as("only the count before the first page")
			.singleElement()
			.satisfies((reported) -> assertThat(reported.invoicesFetched()).isZero());
	}

	private static JsonNode answer(String query) {
		if (query.contains("count(*)")) {
			return EventJson.mapper().readTree("{\"totalCount\": 2}");
		}
		if (query.contains("from Customer")) {
			return EventJson.mapper().readTree("{\"Customer\": [{\"Id\": \"7\", \"DisplayName\": \"Debtor Ltd\"}]}");
		}
		return EventJson.mapper().readTree("""
				{"Invoice": [
				  {"Id": "1", "Balance": 10.00, "TotalAmt": 10.00, "CustomerRef": {"value": "7"}},
				  {"Id": "2", "Balance": 20.00, "TotalAmt": 20.00, "CustomerRef": {"value": "7"}}
				]}""");
	}

	private static ImportRequested request() {
		return new ImportRequested(
				EventMetadata.first(ImportRequested.CONTRACT, "acct-1", UUID.randomUUID(), UUID.randomUUID()),
				DateField.DUE_DATE, null, null);
	}

	private static Connection connection() {
		return new Connection(UUID.randomUUID(), "acct-1", new CompanySnapshot("4620816365", "Creditor Inc", "US",
				"USD", false), ConnectionStatus.ACTIVE, null, Instant.now(), Instant.now());
	}

	private static QuickBooksApiProperties settings() {
		return new QuickBooksApiProperties(URI.create("http://localhost"), 75, 1000, 100, Duration.ofSeconds(1),
				Duration.ofSeconds(1));
	}

}
