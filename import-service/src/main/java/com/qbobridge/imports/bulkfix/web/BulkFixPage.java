package com.qbobridge.imports.bulkfix.web;

import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.bulkfix.BulkFixes;
import com.qbobridge.imports.bulkfix.FixGroup;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The bulk-fix groups for the Import page's template, as {@code ${@bulkFixPage.groups(job.importId())}}: the page is
 * rendered by the imports feature, the groups belong to this one, and so the groups render on the first view without
 * the page script.
 */
@Component("bulkFixPage")
public class BulkFixPage {

	private final BulkFixes fixes;

	BulkFixPage(BulkFixes fixes) {
		this.fixes = fixes;
	}

	/**
	 * The signed-in account's groups of one import.
	 * @param importId the import
	 * @return the groups, most frequent first; none without a signed-in user
	 */
	public List<FixGroup> groups(UUID importId) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountUser user)) {
			return List.of();
		}
		return this.fixes.groups(user.caller(), importId);
	}

}
