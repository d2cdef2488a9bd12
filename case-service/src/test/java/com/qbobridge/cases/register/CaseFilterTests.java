package com.qbobridge.cases.register;

import java.time.Instant;

import com.qbobridge.schemas.cases.CaseStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CaseFilterTests {

	@Test
	void defaultsToTheFirstPageOfTwentyWithoutFilters() {
		CaseFilter filter = CaseFilter.parse(null, null, "", null, " ");
		assertThat(filter).isEqualTo(new CaseFilter(null, null, null, 0, 20));
		assertThat(filter.offset()).isZero();
	}

	@Test
	void readsStatusInAnyCaseAndDaysAsWholeUtcDays() {
		CaseFilter filter = CaseFilter.parse("submitted", "2026-11-01", "2026-11-30", "2", "50");
		assertThat(filter.status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(filter.createdFrom()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
		assertThat(filter.createdTo()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
		assertThat(filter.offset()).isEqualTo(100);
	}

	@Test
	void readsInstants() {
		CaseFilter filter = CaseFilter.parse(null, "2026-11-01T08:30:00Z", "2026-11-01T09:00:00Z", null, null);
		assertThat(filter.createdFrom()).isEqualTo(Instant.parse("2026-11-01T08:30:00Z"));
		assertThat(filter.createdTo()).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
	}

	@Test
	void namesEveryBadParameter() {
		assertThatExceptionOfType(InvalidCaseFilter.class)
			.isThrownBy(() -> CaseFilter.parse("OPEN", "1st of May", "2026-13-01", "x", "0"))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("status", "createdFrom", "createdTo", "page",
					"size"));
	}

	@Test
	void rejectsAnEmptyTimeRange() {
		assertThatExceptionOfType(InvalidCaseFilter.class)
			.isThrownBy(() -> CaseFilter.parse(null, "2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z", null, null))
			.satisfies((ex) -> assertThat(ex.errors()).containsEntry("createdTo", "must be after createdFrom"));
	}

	@Test
	void capsThePageSize() {
		assertThatExceptionOfType(InvalidCaseFilter.class).isThrownBy(() -> CaseFilter.parse(null, null, null, null,
				String.valueOf(CaseFilter.MAX_SIZE + 1)));
		assertThat(CaseFilter.parse(null, null, null, null, String.valueOf(CaseFilter.MAX_SIZE)).size())
			.isEqualTo(CaseFilter.MAX_SIZE);
	}

}
