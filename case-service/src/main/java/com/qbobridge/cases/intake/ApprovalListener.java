package com.qbobridge.cases.intake;

import java.util.ArrayList;
import java.util.List;

import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Consumes approvals a poll at a time, so that a batch costs one database transaction. Records up to the first
 * unreadable one are handled; the unreadable one is reported by index, which lets the error handler commit the
 * records before it, dead-letter it and redeliver the rest.
 */
@Component
class ApprovalListener {

	private static final Logger logger = LoggerFactory.getLogger(ApprovalListener.class);

	private static final LogAccessor LOG = new LogAccessor(ApprovalListener.class);

	private final CaseIntake intake;

	ApprovalListener(CaseIntake intake) {
		this.intake = intake;
	}

	@KafkaListener(id = "case-intake", topics = Topics.CASE_DRAFT_APPROVED, batch = "true",
			autoStartup = "${pipeline.cases.intake.enabled:true}", idIsGroup = false)
	void on(List<ConsumerRecord<String, @Nullable CaseDraftApproved>> records) {
		List<CaseDraftApproved> readable = new ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			ConsumerRecord<String, @Nullable CaseDraftApproved> record = records.get(i);
			CaseDraftApproved approval = record.value();
			if (approval == null) {
				accept(readable);
				throw new BatchListenerFailedException("Unreadable approval", unreadable(record), i);
			}
			readable.add(approval);
		}
		accept(readable);
	}

	private void accept(List<CaseDraftApproved> approvals) {
		if (approvals.isEmpty()) {
			return;
		}
		try {
			long started = System.nanoTime();
			CaseIntake.Outcome outcome = this.intake.accept(approvals);
			logger.debug("Handled {} approval(s) in {} ms: {}", approvals.size(),
					(System.nanoTime() - started) / 1_000_000, outcome);
		}
		catch (RuntimeException ex) {
			// Nothing was committed; the error handler retries the batch with back-off.
			logger.warn("Could not handle {} approval(s), the batch will be retried: {}", approvals.size(),
					ex.toString());
			throw ex;
		}
	}

	@SuppressWarnings("removal")
	private static ApprovalUnreadable unreadable(ConsumerRecord<?, ?> record) {
		DeserializationException cause = SerializationUtils.getExceptionFromHeader(record,
				SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
		if (cause != null) {
			Throwable root = (cause.getCause() != null) ? cause.getCause() : cause;
			return new ApprovalUnreadable("Not a CaseDraftApproved: " + root.getMessage(), cause);
		}
		return new ApprovalUnreadable("Empty approval record");
	}

}
