/**
 * Keeps cases in step with QuickBooks: invoices behind cases are watched, Intuit's webhooks and change data capture
 * tell which of them changed, and each new version that matters is published as {@code InvoiceChanged}.
 */
@NullMarked
package com.qbobridge.connector.changes;

import org.jspecify.annotations.NullMarked;
