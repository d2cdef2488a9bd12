package com.qbobridge.cases.intake;

import java.util.ArrayList;
import java.util.List;

import com.qbobridge.messaging.MessagingAutoConfiguration;
import com.qbobridge.messaging.consuming.DeadLetters;
import com.qbobridge.messaging.consuming.Failures;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;

/**
 * Consumes approvals a poll at a time, so that a batch costs one database transaction, and answers every approval:
 * unreadable records are set aside on the dead-letter topic; when the batch's transaction fails for a reason that
 * will not go away by itself (a value the database cannot hold), the batch is handled again approval by approval, and
 * an approval whose case the database still refuses is answered {@code INVALID}. Only a transient failure (the
 * database is down) holds the batch, retried by the backbone's error handler without limit.
 */
@Component
class ApprovalListener {

	private static final Logger logger = LoggerFactory.getLogger(ApprovalListener.class);

	private final CaseIntake intake;

	private final DeadLetters deadLetters;

	ApprovalListener(CaseIntake intake, DeadLetters deadLetters) {
		this.intake = intake;
		this.deadLetters = deadLetters;
	}

	@KafkaListener(id = "case-intake", topics = Topics.CASE_DRAFT_APPROVED,
			containerFactory = MessagingAutoConfiguration.BATCH,
			autoStartup = "${pipeline.cases.intake.enabled:true}",
			concurrency = "${pipeline.cases.intake.concurrency:3}", idIsGroup = false)
	void on(List<ConsumerRecord<String, @Nullable CaseDraftApproved>> records) {
		List<ConsumerRecord<String, @Nullable CaseDraftApproved>> readable = setAsideUnreadable(records);
		if (readable.isEmpty()) {
			return;
		}
		List<CaseDraftApproved> approvals = readable.stream().map(ApprovalListener::approval).toList();
		try {
			long started = System.nanoTime();
			CaseIntake.Outcome outcome = this.intake.accept(approvals);
			logger.debug("Handled {} approval(s) in {} ms: {}", approvals.size(),
					(System.nanoTime() - started) / 1_000_000, outcome);
			return;
		}
		catch (RuntimeException ex) {
			if (waitOut(ex)) {
				// Nothing was committed; the error handler redelivers the batch from its first approval.
				logger.warn("Could not handle {} approval(s), the batch will be retried: {}", approvals.size(),
						Failures.reason(ex));
				throw new BatchListenerFailedException("Batch failed transiently",
						new IntakeHeldUp("The approvals wait", ex), readable.get(0));
			}
			logger.warn("Could not handle {} approval(s) together, handling them one by one: {}", approvals.size(),
					Failures.reason(ex));
		}
		readable.forEach(this::acceptAlone);
	}

	/**
	 * Handles one approval in its own transaction; an approval the database refuses is answered {@code INVALID}.
	 * Records before a transient failure are committed, and the error handler redelivers from the failed one.
	 */
	private void acceptAlone(ConsumerRecord<String, @Nullable CaseDraftApproved> record) {
		CaseDraftApproved approval = approval(record);
		try {
			this.intake.accept(List.of(approval));
			return;
		}
		catch (RuntimeException ex) {
			retryIfToBeWaitedOut(record, ex);
			logger.warn("Approval {} ({}-{}@{}) cannot become a case, answering INVALID: {}",
					approval.metadata().eventId(), record.topic(), record.partition(), record.offset(),
					Failures.reason(ex));
			reject(record, approval, ex);
		}
	}

	private void reject(ConsumerRecord<String, @Nullable CaseDraftApproved> record, CaseDraftApproved approval,
			RuntimeException failure) {
		try {
			this.intake.reject(approval, failure);
		}
		catch (RuntimeException ex) {
			retryIfToBeWaitedOut(record, ex);
			// Not even the answer can be stored: the last resort keeps the partition moving.
			failure.addSuppressed(ex);
			try {
				this.deadLetters.divert(record, failure);
			}
			catch (RuntimeException unavailable) {
				throw new BatchListenerFailedException("Could not set an unanswerable approval aside",
						new IntakeHeldUp("The dead-letter topic did not take an approval", unavailable), record);
			}
		}
	}

	private void retryIfToBeWaitedOut(ConsumerRecord<String, @Nullable CaseDraftApproved> record,
			RuntimeException failure) {
		if (waitOut(failure)) {
			throw new BatchListenerFailedException("Approval failed transiently",
					new IntakeHeldUp("The approval waits", failure), record);
		}
	}

	/**
	 * Whether a failure goes away by itself, so that the approvals must wait rather than be answered: transient by
	 * the backbone's classification, also when a failed rollback hides the transient failure behind it, or of unknown
	 * kind while the database does not answer.
	 */
	private boolean waitOut(RuntimeException failure) {
		Failures.Kind kind = Failures.classify(failure);
		for (Throwable cause = failure; cause != null && kind != Failures.Kind.TRANSIENT; cause = next(cause)) {
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& Failures.classify(rollback.getApplicationException()) == Failures.Kind.TRANSIENT) {
				kind = Failures.Kind.TRANSIENT;
			}
		}
		return switch (kind) {
			case TRANSIENT -> true;
			case PERMANENT -> false;
			case UNKNOWN -> !this.intake.databaseAnswers();
		};
	}

	private static @Nullable Throwable next(Throwable cause) {
		return (cause.getCause() != cause) ? cause.getCause() : null;
	}

	/**
	 * Sends the records that could not be read to the dead-letter topic, before anything of the batch is committed.
	 * @return the readable records, in order
	 */
	private List<ConsumerRecord<String, @Nullable CaseDraftApproved>> setAsideUnreadable(
			List<ConsumerRecord<String, @Nullable CaseDraftApproved>> records) {
		List<ConsumerRecord<String, @Nullable CaseDraftApproved>> readable = new ArrayList<>(records.size());
		for (ConsumerRecord<String, @Nullable CaseDraftApproved> record : records) {
			if (record.value() != null) {
				readable.add(record);
				continue;
			}
			try {
				this.deadLetters.divert(record, unreadable(record));
			}
			catch (RuntimeException ex) {
				// Nothing is committed yet: the whole batch comes again once the broker takes dead letters.
				throw new BatchListenerFailedException("Could not set an unreadable approval aside",
						new IntakeHeldUp("The dead-letter topic did not take an unreadable approval", ex),
						records.get(0));
			}
		}
		return readable;
	}

	private static CaseDraftApproved approval(ConsumerRecord<String, @Nullable CaseDraftApproved> record) {
		CaseDraftApproved approval = record.value();
		if (approval == null) {
			throw new IllegalStateException("Unreadable records are set aside before approvals are handled");
		}
		return approval;
	}

	private static Exception unreadable(ConsumerRecord<?, ?> record) {
		return Failures.unreadable(record, "Empty approval record: not a CaseDraftApproved");
	}

}
