package com.qbobridge.messaging.consuming;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.qbobridge.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * The one dead-letter format: a record that can never be processed goes to {@code <topic>-dlt} (partition chosen by
 * its key) as it was read, with Spring Kafka's {@code kafka_dlt-original-topic/-partition/-offset},
 * {@code kafka_dlt-exception-fqcn} and {@code kafka_dlt-exception-message} headers and a {@value #REASON} header that
 * says why in words. Used by the error handler, and by batch listeners for the records they set aside.
 */
public class DeadLetters extends DeadLetterPublishingRecoverer {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetters.class);

	/** The header with the reason a record was dead-lettered, in words. */
	public static final String REASON = "dlt-reason";

	public DeadLetters(KafkaOperations<?, ?> template) {
		super(template, (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		addHeadersFunction((record, failure) -> new RecordHeaders(new RecordHeader[] {
				new RecordHeader(REASON, Failures.reason(failure).getBytes(StandardCharsets.UTF_8)) }));
		setFailIfSendResultIsError(true);
		setWaitForSendResultTimeout(Duration.ofSeconds(30));
	}

	/**
	 * Sets a record aside: publishes it to its dead-letter topic and waits for the acknowledgement.
	 * @param record the record
	 * @param failure why it cannot be processed
	 */
	public void divert(ConsumerRecord<?, ?> record, Exception failure) {
		logger.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
				Failures.reason(failure));
		accept(record, failure);
	}

}
