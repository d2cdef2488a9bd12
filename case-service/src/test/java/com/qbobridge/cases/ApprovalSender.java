package com.qbobridge.cases;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.InvoiceChanged;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes approvals the way import-service does: JSON with the contract settings, keyed by connection, envelope
 * repeated in headers; or any raw text, to play a broken producer.
 */
public final class ApprovalSender implements AutoCloseable {

	private final KafkaProducer<String, String> producer = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG,
					5, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
			new StringSerializer(), new StringSerializer());

	/**
	 * Sends approvals in order and waits until the broker has them all.
	 * @param approvals the approvals
	 */
	public void send(List<CaseDraftApproved> approvals) throws Exception {
		List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>(approvals.size());
		for (CaseDraftApproved approval : approvals) {
			ProducerRecord<String, String> record = new ProducerRecord<>(Topics.CASE_DRAFT_APPROVED,
					approval.metadata().partitionKey(), EventJson.mapper().writeValueAsString(approval));
			header(record, EventHeaders.EVENT_ID, approval.metadata().eventId().toString());
			header(record, EventHeaders.EVENT_TYPE, approval.metadata().eventType());
			header(record, EventHeaders.EVENT_VERSION, String.valueOf(approval.metadata().eventVersion()));
			header(record, EventHeaders.CORRELATION_ID, approval.metadata().correlationId().toString());
			sends.add(send(record));
		}
		this.producer.flush();
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
	}

	/**
	 * Sends invoice changes in order, keyed as the connector keys them (connection + invoice), and waits for the broker.
	 * @param changes the changes
	 */
	public void sendChanges(List<InvoiceChanged> changes) throws Exception {
		List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>(changes.size());
		for (InvoiceChanged change : changes) {
			ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INVOICE_CHANGED,
					Topics.invoiceKey(change.metadata(), change.source().invoiceId()),
					EventJson.mapper().writeValueAsString(change));
			header(record, EventHeaders.EVENT_ID, change.metadata().eventId().toString());
			header(record, EventHeaders.EVENT_TYPE, change.metadata().eventType());
			header(record, EventHeaders.EVENT_VERSION, String.valueOf(change.metadata().eventVersion()));
			header(record, EventHeaders.CORRELATION_ID, change.metadata().correlationId().toString());
			sends.add(send(record));
		}
		this.producer.flush();
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
	}

	/**
	 * Sends any text as an approval record.
	 * @param key the record key
	 * @param value the payload, e.g. broken JSON
	 */
	public void sendRaw(String key, String value) throws Exception {
		CompletableFuture<RecordMetadata> sent = send(new ProducerRecord<>(Topics.CASE_DRAFT_APPROVED, key, value));
		this.producer.flush();
		sent.get(60, TimeUnit.SECONDS);
	}

	private CompletableFuture<RecordMetadata> send(ProducerRecord<String, String> record) {
		CompletableFuture<RecordMetadata> future = new CompletableFuture<>();
		this.producer.send(record, (metadata, ex) -> {
			if (ex != null) {
				future.completeExceptionally(ex);
			}
			else {
				future.complete(metadata);
			}
		});
		return future;
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
