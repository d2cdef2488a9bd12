/**
 * Bulk imports as jobs: their state and progress, the drafts they produced, review, approval and the per-invoice report.
 */
@NullMarked
package com.qbobridge.imports.imports;

import org.jspecify.annotations.NullMarked;
