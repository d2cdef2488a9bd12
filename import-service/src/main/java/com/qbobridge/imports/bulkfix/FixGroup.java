package com.qbobridge.imports.bulkfix;

import java.util.List;

/**
 * Drafts of an import that need attention for one reason, with the fixes that fit it.
 *
 * @param code the rule code
 * @param label the reason in words
 * @param drafts how many drafts have it
 * @param fixes the safe fixes for the group; empty where each draft must be fixed on its own
 */
public record FixGroup(String code, String label, long drafts, List<FixKind> fixes) {

}
