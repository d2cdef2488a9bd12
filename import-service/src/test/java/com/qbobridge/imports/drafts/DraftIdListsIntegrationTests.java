package com.qbobridge.imports.drafts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Approve all ready" at a large import locks and reads every ready draft by id: the ids go to the database as one
 * array, not one bind parameter each, of which a statement can carry at most 65,535.
 */
@ImportServiceIntegrationTest
class DraftIdListsIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Drafts drafts;

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

}
