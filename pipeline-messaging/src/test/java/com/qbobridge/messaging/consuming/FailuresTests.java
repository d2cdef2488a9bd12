package com.qbobridge.messaging.consuming;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures are told apart by their causes, however deeply wrapped.
 */
class FailuresTests {

	@Test
	void aDatabaseThatCannotBeReachedIsTransient() {
		Exception failure = new ListenerExecutionFailedException("listener failed",
				new CannotGetJdbcConnectionException("no connection", new SQLException("refused", "08001")));
		assertThat(Failures.classify(failure)).isEqualTo(Failures.Kind.TRANSIENT);
	}

	@Test
	void aValueOutOfRangeIsPermanent() {
		// GH-12: "date/time field value out of range" used to be retried forever.
		Exception failure = new ListenerExecutionFailedException("listener failed", new UncategorizedSQLException(
				"insert", "insert into cases", new SQLException("date/time field value out of range", "22008")));
		assertThat(Failures.classify(failure)).isEqualTo(Failures.Kind.PERMANENT);
	}

	@Test
	void aConstraintViolationIsPermanent() {
		assertThat(Failures.classify(new DataIntegrityViolationException("duplicate key")))
			.isEqualTo(Failures.Kind.PERMANENT);
	}

	@Test
	void aContractBreachIsPermanentAndItsReasonIsItsMessage() {
		Exception failure = new ListenerExecutionFailedException("listener failed",
				new UnprocessableEvent("ImportRequested lacks metadata.importId"));
		assertThat(Failures.classify(failure)).isEqualTo(Failures.Kind.PERMANENT);
		assertThat(Failures.reason(failure)).isEqualTo("UnprocessableEvent: ImportRequested lacks metadata.importId");
	}

	@Test
	void anythingElseIsUnknown() {
		assertThat(Failures.classify(new IllegalStateException("odd"))).isEqualTo(Failures.Kind.UNKNOWN);
	}

	@Test
	void theReasonIsOneShortLine() {
		String reason = Failures.reason(new IllegalStateException("line one\nline two " + "x".repeat(1000)));
		assertThat(reason).doesNotContain("\n").hasSizeLessThanOrEqualTo(500);
	}

}
