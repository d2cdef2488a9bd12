package com.qbobridge.imports.drafts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.imports.support.ApiCalls;
import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.KafkaRecords;
import com.qbobridge.imports.support.SeededDrafts;
import com.qbobridge.imports.support.Upstream;
import com.qbobridge.imports.support.Users;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.mapping.CaseDraft;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An approval larger than the chunks it is written in stays all or nothing: a draft that cannot be approved near the
 * end undoes the chunks before it, and the refusal names it; without it, every draft is approved once, with its
 * report line and its request to case-service. "Approve all ready" at a large import reads and locks every ready
 * draft by id: the ids go to the database as one array, not one bind parameter each, of which a statement can carry
 * at most 65,535.
 */
@ImportServiceIntegrationTest
class LargeApprovalIntegrationTests {

	private static final int DRAFTS = 4_500;

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Drafts drafts;

	@Test
	void aDraftThatCannotBeApprovedInTheLastChunkUndoesTheWholeApproval() {
		Upstream upstream = new ApiCalls(this.client, Users.ACME).startImport("acme", "Chunked Chairs",
				"2015-01-01", "2015-12-31");
		UUID importId = upstream.importId();
		List<SeededDrafts.Seed> seeds = new ArrayList<>();
		List<UUID> all = new ArrayList<>();
		for (int i = 0; i < DRAFTS; i++) {
			CaseDraft draft = upstream.validDraft("k" + i, "K-" + i, "Debtor " + i, "10.00", LocalDate.of(2015, 3, 1));
			all.add(draft.draftId());
			seeds.add(new SeededDrafts.Seed(draft, (i == DRAFTS - 20) ? List.of(Upstream.NO_POSTAL_CODE) : List.of(),
					List.of()));
		}
		new SeededDrafts(this.jdbc, upstream).insert(seeds, 1);
		UUID blocked = all.get(DRAFTS - 20);

		JsonNode refused = approve(importId, all, 409);
		assertThat(refused.get("refusals")).singleElement().satisfies((refusal) -> {
			assertThat(refusal.get("draftId").asString()).isEqualTo(blocked.toString());
			assertThat(refusal.get("reason").asString()).startsWith("Needs attention first: debtor.address.postalCode");
		});
		assertThat(approvedRows(importId)).isZero();
		assertThat(this.drafts.counts(importId))
			.isEqualTo(Map.of(DraftState.READY, (long) DRAFTS - 1, DraftState.NEEDS_ATTENTION, 1L));

		List<UUID> ready = new ArrayList<>(all);
		ready.remove(blocked);
		// Listed twice: each draft is approved once.
		ready.add(ready.get(0));
		JsonNode approved = approve(importId, ready, 202);
		assertThat(approved).hasSize(DRAFTS - 1);
		assertThat(approved.get(0).get("draftId").asString()).isEqualTo(all.get(0).toString());
		assertThat(approvedRows(importId)).isEqualTo(DRAFTS - 1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from import_report where import_id = ? and fate = 'APPROVED'", Long.class, importId))
			.isEqualTo(DRAFTS - 1);
		KafkaRecords.await(Topics.CASE_DRAFT_APPROVED, (r) -> r.value().contains(importId.toString()), DRAFTS - 1);

		JsonNode again = approve(importId, ready.subList(0, 3), 409);
		assertThat(again.get("refusals")).hasSize(3)
			.allSatisfy((refusal) -> assertThat(refusal.get("reason").asString()).isEqualTo("Already approved."));
	}

	@Test
	void moreDraftIdsThanAStatementCanBindAreReadInOneStatement() {
		Upstream upstream = new ApiCalls(this.client, Users.ACME).startImport("acme", "Listed Lumber",
				"2016-01-01", "2016-12-31");
		UUID importId = upstream.importId();
		CaseDraft first = upstream.validDraft("l1", "L-1", "Larch Ltd", "10.00", LocalDate.of(2016, 3, 1));
		CaseDraft second = upstream.validDraft("l2", "L-2", "Lime Inc", "20.00", LocalDate.of(2016, 4, 1));
		new SeededDrafts(this.jdbc, upstream).insert(List.of(new SeededDrafts.Seed(first, List.of(), List.of()),
				new SeededDrafts.Seed(second, List.of(), List.of())), 1);
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 70_000; i++) {
			ids.add(UUID.randomUUID());
		}
		ids.add(second.draftId());
		ids.add(first.draftId());

		assertThat(this.drafts.withIds(importId, ids)).extracting(StoredDraft::draftId)
			.containsExactly(first.draftId(), second.draftId());
		List<StoredDraft> locked = this.transactions.execute((status) -> this.drafts.lock(importId, ids));
		assertThat(locked).hasSize(2);
		assertThat(this.drafts.approvedAmong(importId, ids)).isEmpty();
	}

	private long approvedRows(UUID importId) {
		Long rows = this.jdbc.queryForObject(
				"select count(*) from drafts where import_id = ? and status = 'APPROVED'", Long.class, importId);
		return (rows != null) ? rows : 0;
	}

	private JsonNode approve(UUID importId, List<UUID> draftIds, int status) {
		return new ApiCalls(this.client, Users.ACME).approval(importId, Map.of("draftIds", draftIds))
			.expectStatus()
			.isEqualTo(status)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
