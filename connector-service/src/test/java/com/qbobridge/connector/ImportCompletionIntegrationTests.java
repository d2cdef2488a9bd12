package com.qbobridge.connector;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.qbobridge.messaging.outbox.OutboxRelay;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every import ends and is announced: its end and its {@link ImportCompleted} are stored in one transaction, so a
 * completion the broker cannot take yet waits in the outbox and is published once it can; and a request nobody can
 * read is set aside without holding up the requests behind it.
 */
class ImportCompletionIntegrationTests extends ConnectorIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxRelay relay;

	@Test
	void anImportFinishedWhileItsCompletionCannotBePublishedIsAnnouncedOnceItCan() {
		String account = "acct-" + UUID.randomUUID();
		UUID connectionId = connect(account, sandbox().createRealm("Completion Waits Co", 51, 3, 40));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(events().statusesOf(connectionId)).isNotEmpty());

		ImportRequested request;
		UUID importId;
		UUID storedEventId;
		this.relay.stop();
		try {
			request = requestImport(account, connectionId, DateField.DUE_DATE, null, null);
			importId = request.metadata().importId();
			await().atMost(Duration.ofSeconds(120)).until(() -> "SUCCEEDED".equals(statusOf(importId)));

			List<ImportCompleted> waiting = waitingCompletionsOf(importId);
			assertThat(waiting).as("the completion is stored with the import's end").hasSize(1);
			assertThat(waiting.get(0).succeeded()).isTrue();
			storedEventId = waiting.get(0).metadata().eventId();
			assertThat(events().completedOf(importId)).as("nothing announced while the relay is stopped").isEmpty();
		}
		finally {
			this.relay.start();
		}

		ImportCompleted completed = InvoiceImportIntegrationTests.awaitCompleted(request);
		assertThat(completed.succeeded()).isTrue();
		assertThat(completed.invoicesFetched()).isPositive();
		assertThat(completed.metadata().eventId()).as("published as stored").isEqualTo(storedEventId);
		await().atMost(Duration.ofSeconds(60)).until(() -> waitingCompletionsOf(importId).isEmpty());
		assertThat(events().invoicesOf(importId)).hasSize((int) completed.invoicesFetched());
		assertThat(events().completedOf(importId)).hasSize(1);
	}

	@Test
	void aRequestThatIsNotJsonGoesToTheDeadLetterTopicAndTheNextRequestIsProcessed() {
		String account = "acct-" + UUID.randomUUID();
		UUID connectionId = connect(account, sandbox().createRealm("Poison Request Co", 52, 2, 5));
		String marker = UUID.randomUUID().toString();

		// Same key as the request behind it, so both land on one partition in this order.
		sendRaw(connectionId.toString(), "this is not JSON " + marker);
		ImportRequested next = requestImport(account, connectionId, DateField.DUE_DATE, null, null);

		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			List<ConnectorEvents.Received<String>> dead = events().deadLettersWith(marker);
			assertThat(dead).hasSize(1);
			assertThat(dead.get(0).key()).isEqualTo(connectionId.toString());
			assertThat(dead.get(0).headers()).containsKey("dlt-reason")
				.containsEntry("kafka_dlt-original-topic", Topics.IMPORT_REQUESTED);
		});
		ImportCompleted completed = InvoiceImportIntegrationTests.awaitCompleted(next);
		assertThat(completed.succeeded()).isTrue();
	}

	private String statusOf(UUID importId) {
		return this.jdbc.sql("select status from imports where import_id = ?")
			.param(importId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private List<ImportCompleted> waitingCompletionsOf(UUID importId) {
		return this.jdbc.sql("select payload from outbox where topic = ? and payload::jsonb -> 'metadata' ->> "
				+ "'importId' = ? order by id")
			.params(Topics.IMPORT_COMPLETED, importId.toString())
			.query(String.class)
			.list()
			.stream()
			.map((payload) -> EventJson.mapper().readValue(payload, ImportCompleted.class))
			.toList();
	}

}
