package com.qbobridge.imports.drafts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.imports.support.ApiCalls;
import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.SeededDrafts;
import com.qbobridge.imports.support.Upstream;
import com.qbobridge.imports.support.Users;
import com.qbobridge.schemas.mapping.CaseDraft;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts a page of drafts shows are kept by the database as drafts change, not counted on every request: every
 * way drafts are written (row by row, in batches, replaced, approved, deleted as cases, discarded, expired, with their
 * import) leaves them equal to counting the rows, and folding them changes nothing but their number of rows.
 */
@ImportServiceIntegrationTest
class DraftCountsIntegrationTests {


	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Drafts drafts;

	@Test
	void everyWayDraftsChangeKeepsTheCountsOfTheRows() {
		Upstream upstream = new ApiCalls(this.client, Users.ACME).startImport("acme", "Counted Goods",
				"2019-01-01", "2019-12-31");
		UUID importId = upstream.importId();
		Instant now = Instant.now();

		// Row by row, one statement each (as the seeding tests write them): 20 ready, 10 needing attention.
		List<SeededDrafts.Seed> seeds = new ArrayList<>();
		List<CaseDraft> seeded = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			CaseDraft draft = upstream.validDraft("c" + i, "C-" + i, "Debtor " + i, "10.00", LocalDate.of(2019, 3, 1));
			seeded.add(draft);
			seeds.add(new SeededDrafts.Seed(draft, (i % 3 == 2) ? List.of(Upstream.NO_POSTAL_CODE) : List.of(),
					List.of()));
		}
		new SeededDrafts(this.jdbc, upstream).insert(seeds, 1);
		assertCounts(importId, 20, 10, 0);

		// One batch from mapping: five new drafts needing attention and five redelivered ready ones that now need it.
		List<StoredDraft> batch = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			CaseDraft draft = upstream.validDraft("n" + i, "N-" + i, "New " + i, "10.00", LocalDate.of(2019, 3, 1));
			batch.add(stored(importId, 100 + i, DraftState.NEEDS_ATTENTION, draft, now));
			batch.add(stored(importId, 1 + 3 * i, DraftState.NEEDS_ATTENTION, seeded.get(3 * i), now));
		}
		this.drafts.saveAll(batch, now);
		assertCounts(importId, 15, 20, 0);

		// The creditor fixes one, then approves the ready ones.
		StoredDraft attention = this.drafts.find(importId, seeded.get(0).draftId()).orElseThrow();
		this.drafts.save(withState(attention, DraftState.READY), now);
		assertCounts(importId, 16, 19, 0);
		List<StoredDraft> ready = this.drafts.withIds(importId, this.drafts.idsIn(importId, DraftState.READY));
		this.drafts.saveAll(ready.stream().map((draft) -> withState(draft, DraftState.APPROVED)).toList(), now);
		assertCounts(importId, 0, 19, 16);

		// Cases delete approved drafts; a discard deletes the rest but those waiting for a case.
		this.drafts.deleteAll(ready.subList(0, 6)
			.stream()
			.map((draft) -> new Drafts.Key(importId, draft.draftId()))
			.toList());
		assertCounts(importId, 0, 19, 10);
		this.drafts.deleteUnapproved(importId);
		assertCounts(importId, 0, 0, 10);

		int rowsBefore = countRows(importId);
		this.drafts.foldCounts();
		assertThat(countRows(importId)).isEqualTo(1).isLessThan(rowsBefore);
		assertCounts(importId, 0, 0, 10);

		// Expiry deletes what is left; the import's counts are then empty, and gone with the import.
		this.drafts.deleteReceivedBefore(Instant.now().plusSeconds(60));
		assertCounts(importId, 0, 0, 0);
		this.drafts.foldCounts();
		assertThat(countRows(importId)).isZero();
		this.drafts.save(stored(importId, 1, DraftState.READY, seeded.get(1), now), now);
		assertCounts(importId, 1, 0, 0);
		this.jdbc.update("delete from import_jobs where import_id = ?", importId);
		assertThat(countRows(importId)).isZero();
	}

	private void assertCounts(UUID importId, long ready, long needsAttention, long approved) {
		Map<DraftState, Long> rows = new EnumMap<>(DraftState.class);
		this.jdbc.query("select status, count(*) from drafts where import_id = ? group by status",
				(rs) -> {
					rows.put(DraftState.valueOf(rs.getString(1)), rs.getLong(2));
				}, importId);
		Map<DraftState, Long> expected = new EnumMap<>(DraftState.class);
		if (ready > 0) {
			expected.put(DraftState.READY, ready);
		}
		if (needsAttention > 0) {
			expected.put(DraftState.NEEDS_ATTENTION, needsAttention);
		}
		if (approved > 0) {
			expected.put(DraftState.APPROVED, approved);
		}
		assertThat(rows).isEqualTo(expected);
		assertThat(this.drafts.counts(importId)).isEqualTo(expected);
	}

	private int countRows(UUID importId) {
		Integer rows = this.jdbc.queryForObject("select count(*) from draft_counts where import_id = ?", Integer.class,
				importId);
		return (rows != null) ? rows : 0;
	}

	private static StoredDraft stored(UUID importId, long sequence, DraftState state, CaseDraft draft, Instant at) {
		return new StoredDraft(importId, "acme", sequence, state, draft,
				(state == DraftState.NEEDS_ATTENTION) ? List.of(Upstream.NO_POSTAL_CODE) : List.of(), List.of(), false, at);
	}

	private static StoredDraft withState(StoredDraft draft, DraftState state) {
		return new StoredDraft(draft.importId(), draft.accountId(), draft.sequence(), state, draft.draft(),
				(state == DraftState.NEEDS_ATTENTION) ? draft.violations() : List.of(), draft.warnings(), draft.fixed(),
				draft.receivedAt());
	}

}
