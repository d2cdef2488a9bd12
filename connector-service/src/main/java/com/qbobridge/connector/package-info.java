/**
 * Owns QuickBooks connections and OAuth tokens and fetches unpaid invoices.
 */
@NullMarked
package com.qbobridge.connector;

import org.jspecify.annotations.NullMarked;
