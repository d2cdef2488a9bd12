/**
 * Reads postal addresses that were typed as free lines (as QuickBooks' invoice form stores them) with one table of
 * national address formats.
 */
@NullMarked
package com.qbobridge.mapping.drafts.address;

import org.jspecify.annotations.NullMarked;
