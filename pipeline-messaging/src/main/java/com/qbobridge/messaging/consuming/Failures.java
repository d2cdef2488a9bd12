package com.qbobridge.messaging.consuming;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RetriableException;

import org.springframework.core.convert.ConversionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.core.log.LogAccessor;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells the failures of a record that will go away by themselves (the database or the broker is unavailable) from
 * those that never will (unreadable, breaks its contract, violates a constraint, a value out of range), so that the
 * first are retried while the cause lasts and the second go to the dead-letter topic at once, never blocking the
 * records behind them.
 */
public final class Failures {

	private static final LogAccessor LOG = new LogAccessor(Failures.class);

	/** PostgreSQL SQLSTATE classes that report the server, not the statement: connection, resources, shutdown. */
	private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "53", "57", "58");

	/** Serialization failure and deadlock: the same statement succeeds when tried again. */
	private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01");

	/** Data exceptions (a value out of range, invalid text) and integrity violations never succeed on retry. */
	private static final Set<String> PERMANENT_SQL_CLASSES = Set.of("22", "23");

	private Failures() {
	}

	/**
	 * What kind of failure this is, looking through its causes.
	 * @param failure what the listener threw
	 * @return its kind
	 */
	public static Kind classify(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (isTransient(cause)) {
				return Kind.TRANSIENT;
			}
		}
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (isPermanent(cause)) {
				return Kind.PERMANENT;
			}
		}
		return Kind.UNKNOWN;
	}

	/**
	 * Why a record reached a listener without a value: the backbone's deserializer's failure, carried in the record's
	 * headers, or, for a record that was empty on the broker, an {@link UnprocessableEvent} with the given words.
	 * @param record the record, whose value is {@code null}
	 * @param whenEmpty the reason for an empty record, e.g. {@code "Empty record: not a CaseCreated"}
	 * @return the failure to dead-letter it with
	 */
	public static Exception unreadable(ConsumerRecord<?, ?> record, String whenEmpty) {
		DeserializationException cause = SerializationUtils.getExceptionFromHeader(record,
				KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
		return (cause != null) ? cause : new UnprocessableEvent(whenEmpty);
	}

	/**
	 * The reason in words, for the {@code dlt-reason} header and logs: the message of the most telling cause, on one
	 * line, at most 500 characters.
	 * @param failure what the listener threw
	 * @return the reason
	 */
	public static String reason(Throwable failure) {
		Throwable telling = failure;
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			telling = cause;
			if (cause instanceof UnprocessableEvent || cause instanceof DeserializationException) {
				break;
			}
		}
		if (telling instanceof DeserializationException && telling.getCause() != null) {
			telling = root(telling);
		}
		String message = telling.getMessage();
		String text = telling.getClass().getSimpleName()
				+ ((message != null && !message.isBlank()) ? ": " + message.strip().replaceAll("\\s+", " ") : "");
		return (text.length() > 500) ? text.substring(0, 500) : text;
	}

	private static Throwable root(Throwable failure) {
		Throwable cause = failure;
		while (next(cause) != null) {
			cause = next(cause);
		}
		return cause;
	}

	private static Throwable next(Throwable cause) {
		Throwable next = cause.getCause();
		return (next != cause) ? next : null;
	}

	private static boolean isTransient(Throwable cause) {
		if (cause instanceof TransientFailure || cause instanceof TransientDataAccessException
				|| cause instanceof RecoverableDataAccessException || cause instanceof DataAccessResourceFailureException
				|| cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException
				|| cause instanceof SQLRecoverableException || cause instanceof RetriableException
				|| cause instanceof TimeoutException || cause instanceof ConnectException) {
			return true;
		}
		if (cause instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			return TRANSIENT_SQL_STATES.contains(state)
					|| (state.length() >= 2 && TRANSIENT_SQL_CLASSES.contains(state.substring(0, 2)));
		}
		return false;
	}

	private static boolean isPermanent(Throwable cause) {
		if (cause instanceof UnprocessableEvent || cause instanceof DeserializationException
				|| cause instanceof DataIntegrityViolationException || cause instanceof ConversionException
				|| cause instanceof MessageConversionException || cause instanceof IllegalArgumentException
				|| cause instanceof ClassCastException) {
			return true;
		}
		if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
			return PERMANENT_SQL_CLASSES.contains(sql.getSQLState().substring(0, 2));
		}
		return false;
	}

	/**
	 * The kinds of failure.
	 */
	public enum Kind {

		/** Goes away by itself: retry, backing off, without limit. */
		TRANSIENT,

		/** Never succeeds: dead-letter at once. */
		PERMANENT,

		/** Neither known: a few retries, then dead-letter. */
		UNKNOWN

	}

}
