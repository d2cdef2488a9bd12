/**
 * Maps QuickBooks invoices to validated collection case drafts.
 */
@NullMarked
package com.qbobridge.mapping;

import org.jspecify.annotations.NullMarked;
