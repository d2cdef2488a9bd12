package com.qbobridge.imports.bulkfix;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportJobChanged;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.jobs.ImportState;
import com.qbobridge.imports.jobs.ImportStateConflict;
import com.qbobridge.imports.labels.Labels;
import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.Validation;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Groups an import's drafts needing attention by reason and applies one safe fix to a group: every fixed draft is
 * re-validated by the one {@link CaseDraftValidator} the pipeline configures, its previous state kept for undo, and
 * the import's report updated. Only the stored drafts change.
 */
@Service
public class BulkFixes {

	private static final TypeReference<List<FieldIssue>> ISSUES = new TypeReference<>() {
	};

	private final ImportJobLifecycle imports;

	private final JdbcClient jdbc;

	private final CaseDraftValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BulkFixes(ImportJobLifecycle imports, JdbcClient jdbc, CaseDraftValidator validator,
			ApplicationEventPublisher events, Clock clock) {
		this.imports = imports;
		this.jdbc = jdbc;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The reasons an import's drafts need attention, most frequent first.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @return the groups with their counts and fitting fixes
	 */
	public List<FixGroup> groups(Caller caller, UUID importId) {
		ImportJob job = this.imports.get(caller, importId);
		return this.jdbc.sql("""
				select i ->> 'code' as code, count(distinct draft_id) as n from drafts
				cross join lateral jsonb_array_elements(cast(violations as jsonb)) i
				where import_id = ? and status = 'NEEDS_ATTENTION' group by 1 order by 2 desc, 1
				""").param(job.importId()).query((rs, row) -> {
			String code = rs.getString("code");
			return new FixGroup(code, Labels.reason(code), rs.getLong("n"), FixKind.fitting(code));
		}).list();
	}

	/**
	 * Applies one fix to every draft of the import that needs attention for a reason (with the customer's address,
	 * to those whose customer has one address on its ready drafts).
	 * @param caller who fixes, must not be null
	 * @param importId the import
	 * @param code the reason, which the fix must fit
	 * @param kind the fix, must not be null
	 * @param value the country code, for the fixes that set one
	 * @return how many drafts changed and how many are ready now
	 * @throws ImportStateConflict if the import was discarded
	 */
	@Transactional
	public FixResult apply(Caller caller, UUID importId, String code, FixKind kind, @Nullable String value) {
		Assert.isTrue(kind.fits(code), "the fix must fit the reason");
		Assert.isTrue(!kind.needsValue() || value != null, "the fix needs a value");
		ImportJob job = writable(caller, importId);
		Instant now = this.clock.instant();
		UUID fixId = UUID.randomUUID();
		this.jdbc.sql("""
				insert into bulk_fixes (fix_id, import_id, account_id, kind, reason_code, value, applied_by, applied_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(fixId, importId, job.accountId(), kind.name(), code, value, caller.username(),
				Timestamp.from(now)).update();
		List<Locked> drafts = this.jdbc.sql("""
				select draft_id, status, draft, violations, warnings, fixed from drafts
				where import_id = ? and status = 'NEEDS_ATTENTION' and exists (select 1 from
				  jsonb_array_elements(cast(violations as jsonb)) i where i ->> 'code' = ?)
				order by sequence for update
				""").params(importId, code).query((rs, row) -> new Locked(rs.getObject("draft_id", UUID.class),
				rs.getString("status"), rs.getString("draft"), rs.getString("violations"), rs.getString("warnings"),
				rs.getBoolean("fixed"))).list();
		Map<String, PostalAddress> customerAddresses = (kind == FixKind.USE_CUSTOMER_ADDRESS)
				? customerAddresses(importId, code) : Map.of();
		long ready = 0;
		long changed = 0;
		for (Locked draft : drafts) {
			CaseDraft original = EventJson.mapper().readValue(draft.draft(), CaseDraft.class);
			CaseDraft fixed;
			if (kind == FixKind.USE_CUSTOMER_ADDRESS) {
				PostalAddress address = customerAddresses.get(String.valueOf(original.source().customerId()));
				if (address == null) {
					// No one address of this customer to use: the draft stays as it is, for a fix of its own.
					continue;
				}
				fixed = FixKind.withAddress(original, address);
			}
			else {
				fixed = kind.applyTo(original, value);
			}
			changed++;
			Validation validation = this.validator.validate(fixed);
			String status = validation.valid() ? "READY" : "NEEDS_ATTENTION";
			ready += validation.valid() ? 1 : 0;
			this.jdbc.sql("""
					insert into bulk_fix_drafts (fix_id, draft_id, previous_status, previous_draft, previous_violations,
					  previous_warnings, previous_fixed, new_status) values (?, ?, ?, ?, ?, ?, ?, ?)
					""").params(fixId, draft.draftId(), draft.status(), draft.draft(), draft.violations(),
					draft.warnings(), draft.fixed(), status).update();
			write(importId, draft.draftId(), status, EventJson.mapper().writeValueAsString(fixed),
					EventJson.mapper().writeValueAsString(validation.violations()),
					EventJson.mapper().writeValueAsString(validation.warnings()), true,
					validation.valid() ? "Fixed in bulk by " + caller.username() + "."
							: Labels.issues(validation.violations()),
					now);
		}
		this.events.publishEvent(new ImportJobChanged(importId));
		return new FixResult(fixId, changed, ready);
	}

	/**
	 * The address of each QuickBooks customer of a group as the customer's ready or approved drafts of the import
	 * carry it (they passed the address rules), for the customers whose drafts carry exactly one address.
	 */
	private Map<String, PostalAddress> customerAddresses(UUID importId, String code) {
		Map<String, List<PostalAddress>> found = new HashMap<>();
		this.jdbc.sql("""
				select cast(draft as jsonb) -> 'source' ->> 'customerId' as customer,
				  cast(cast(draft as jsonb) -> 'debtor' -> 'address' as text) as address
				from drafts where import_id = ? and status in ('READY', 'APPROVED')
				  and cast(draft as jsonb) -> 'debtor' -> 'address' is not null
				  and cast(draft as jsonb) -> 'source' ->> 'customerId' in (
				    select cast(g.draft as jsonb) -> 'source' ->> 'customerId' from drafts g
				    where g.import_id = ? and g.status = 'NEEDS_ATTENTION' and exists (select 1 from
				      jsonb_array_elements(cast(g.violations as jsonb)) i where i ->> 'code' = ?))
				group by 1, cast(draft as jsonb) -> 'debtor' -> 'address'
				""").params(importId, importId, code).query((rs, row) -> {
			found.computeIfAbsent(rs.getString("customer"), (key) -> new ArrayList<>())
				.add(EventJson.mapper().readValue(rs.getString("address"), PostalAddress.class));
			return row;
		}).list();
		Map<String, PostalAddress> addresses = new HashMap<>();
		found.forEach((customer, candidates) -> {
			if (candidates.size() == 1) {
				addresses.put(customer, candidates.get(0));
			}
		});
		return addresses;
	}

	/**
	 * Puts back the drafts a fix changed, as they were before it; drafts approved or changed since are left alone.
	 * @param caller who undoes, must not be null
	 * @param importId the import
	 * @param fixId the fix
	 * @return how many drafts were put back, and how many of them are ready
	 * @throws FixNotFound if the import has no such fix or it was undone already
	 */
	@Transactional
	public FixResult undo(Caller caller, UUID importId, UUID fixId) {
		ImportJob job = writable(caller, importId);
		Instant now = this.clock.instant();
		int marked = this.jdbc.sql("""
				update bulk_fixes set undone_at = ? where fix_id = ? and import_id = ? and account_id = ?
				  and undone_at is null
				""").params(Timestamp.from(now), fixId, importId, job.accountId()).update();
		if (marked == 0) {
			throw new FixNotFound(fixId);
		}
		List<Previous> previous = this.jdbc.sql("""
				select b.* from bulk_fix_drafts b join drafts d on d.import_id = ? and d.draft_id = b.draft_id
				  and d.status = b.new_status
				where b.fix_id = ? for update of d
				""").params(importId, fixId).query((rs, row) -> new Previous(rs.getObject("draft_id", UUID.class),
				rs.getString("previous_status"), rs.getString("previous_draft"), rs.getString("previous_violations"),
				rs.getString("previous_warnings"), rs.getBoolean("previous_fixed"))).list();
		long ready = 0;
		for (Previous draft : previous) {
			ready += "READY".equals(draft.status()) ? 1 : 0;
			String detail = "READY".equals(draft.status()) ? null
					: Labels.issues(EventJson.mapper().readValue(draft.violations(),
							ISSUES));
			write(importId, draft.draftId(), draft.status(), draft.draft(), draft.violations(), draft.warnings(),
					draft.fixed(), detail, now);
		}
		this.events.publishEvent(new ImportJobChanged(importId));
		return new FixResult(fixId, previous.size(), ready);
	}

	private ImportJob writable(Caller caller, UUID importId) {
		ImportJob job = this.imports.get(caller, importId);
		if (job.state() == ImportState.DISCARDED) {
			throw new ImportStateConflict("The import was discarded; its drafts can no longer be changed.");
		}
		return job;
	}

	private void write(UUID importId, UUID draftId, String status, String draft, String violations, String warnings,
			boolean fixed, @Nullable String detail, Instant at) {
		this.jdbc.sql("""
				update drafts set status = ?, draft = ?, violations = ?, warnings = ?, fixed = ?, updated_at = ?
				where import_id = ? and draft_id = ?
				""").params(status, draft, violations, warnings, fixed, Timestamp.from(at), importId, draftId).update();
		this.jdbc.sql("update import_report set fate = ?, detail = ?, updated_at = ? where import_id = ? and draft_id = ?")
			.params(status, detail, Timestamp.from(at), importId, draftId)
			.update();
	}

	private record Locked(UUID draftId, String status, String draft, String violations, String warnings,
			boolean fixed) {

	}

	private record Previous(UUID draftId, String status, String draft, String violations, String warnings,
			boolean fixed) {

	}

}
