package com.qbobridge.connector.invoices;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdRangeTests {

	@Test
	void splitsNumericIdsIntoAdjacentRangesOpenAtBothEnds() {
		assertThat(IdRange.split("1", "100", 4)).containsExactly(new IdRange(null, "25"), new IdRange("25", "50"),
				new IdRange("50", "75"), new IdRange("75", null));
	}

	@Test
	void neverMakesMoreRangesThanThereAreIds() {
		assertThat(IdRange.split("7", "8", 4)).containsExactly(new IdRange(null, "7"), new IdRange("7", null));
	}

	@Test
	void readsNonNumericIdsAsOneRange() {
		assertThat(IdRange.split("A1", "Z9", 4)).containsExactly(new IdRange(null, null));
		assertThat(IdRange.split("1", "900", 1)).containsExactly(new IdRange(null, null));
	}

	@Test
	void rangesEndAtTheIdsReadAtEvenlySpacedPositionsSkippingRepeats() {
		assertThat(IdRange.endingAt(List.of("900", "1800", "1800", "950", "2700"))).containsExactly(
				new IdRange(null, "900"), new IdRange("900", "1800"), new IdRange("1800", "2700"),
				new IdRange("2700", null));
		assertThat(IdRange.endingAt(List.of())).containsExactly(new IdRange(null, null));
	}

}
