package com.qbobridge.imports.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.imports.DateField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportJobTests {

	@Test
	void progressCountsFetchingAndDraftingAsHalvesAndOnlyReadyIsComplete() {
		assertThat(job(ImportState.REQUESTED, 0, null, false, 0).percent()).isZero();
		assertThat(job(ImportState.FETCHING, 0, null, false, 0).percent()).isEqualTo(5);
		assertThat(job(ImportState.FETCHING, 50, 100L, false, 0).percent()).isEqualTo(25);
		assertThat(job(ImportState.FETCHING, 100, 100L, false, 50).percent()).isEqualTo(75);
		assertThat(job(ImportState.MAPPING, 100, 120L, true, 100).percent()).isEqualTo(99);
		assertThat(job(ImportState.READY, 0, null, true, 0).percent()).isEqualTo(100);
	}

	@Test
	void explainsAFailureInWords() {
		ImportJob failed = new ImportJob(UUID.randomUUID(), "acme", UUID.randomUUID(), DateField.DUE_DATE, null, null,
				ImportState.FAILED, "u", Instant.now(), Instant.now(), UUID.randomUUID(), 1, 10, null, true,
				FailureReason.QBO_UNAVAILABLE, "503", null, 0);
		assertThat(failed.failure().action()).isEqualTo("TRY_LATER");
		assertThat(failed.failure().detail()).isEqualTo("503");
		assertThat(job(ImportState.READY, 0, null, true, 0).failure()).isNull();
	}

	@Test
	void everyFailureReasonHasAnAction() {
		for (FailureReason reason : FailureReason.values()) {
			ImportFailure failure = ImportFailure.of(reason, null);
			assertThat(failure.message()).isNotBlank();
			assertThat(failure.action()).isIn("RECONNECT", "GRANT_PERMISSION", "CONNECT", "TRY_LATER");
			assertThat(failure.actionLabel()).isNotBlank();
		}
		assertThat(ImportFailure.of(FailureReason.TOKEN_EXPIRED, null).action()).isEqualTo("RECONNECT");
		assertThat(ImportFailure.of(FailureReason.PERMISSION_MISSING, null).action())
			.isEqualTo("GRANT_PERMISSION");
		assertThat(ImportFailure.of(FailureReason.STALLED, null).action()).isEqualTo("TRY_LATER");
		assertThat(ImportFailure.of(FailureReason.RATE_LIMITED, null).action()).isEqualTo("TRY_LATER");
		assertThat(ImportFailure.of(FailureReason.CONNECTION_NOT_FOUND, null).action()).isEqualTo("CONNECT");
	}

	@Test
	void everyReasonTheConnectorReportsIsKnownHere() {
		for (ImportFailureReason reason : ImportFailureReason.values()) {
			assertThat(FailureReason.of(reason).name()).isEqualTo(reason.name());
		}
	}

	@Test
	void aStallIsExplainedInTheIdleTimeItsSweepUses() {
		assertThat(ImportStallSweep.detail(Duration.ofMinutes(10)))
			.isEqualTo("Nothing arrived from QuickBooks for 10 minutes.");
		assertThat(ImportStallSweep.detail(Duration.ofSeconds(90)))
			.isEqualTo("Nothing arrived from QuickBooks for 90 seconds.");
	}

	private static ImportJob job(ImportState state, long fetched, Long total, boolean completed, long reported) {
		return new ImportJob(UUID.randomUUID(), "acme", UUID.randomUUID(), DateField.DUE_DATE, null, null, state, "u",
				Instant.now(), Instant.now(), UUID.randomUUID(), 1, fetched, total, completed, null, null, null,
				reported);
	}

}
