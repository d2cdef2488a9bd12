/**
 * Turns a fetched QuickBooks invoice and its customer into a case draft, field by field, and judges it with the shared
 * case rules.
 */
@NullMarked
package com.qbobridge.mapping.drafts;

import org.jspecify.annotations.NullMarked;
