/**
 * Fix in bulk: drafts needing attention grouped by reason, one safe fix applied to a group, every fixed draft
 * re-validated by the shared case rules, and undo. Only the stored drafts change; QuickBooks is never written.
 */
@NullMarked
package com.qbobridge.imports.bulkfix;

import org.jspecify.annotations.NullMarked;
