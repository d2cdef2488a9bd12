/**
 * Imports: fetches unpaid invoices page by page and publishes them with their customers.
 */
@NullMarked
package com.qbobridge.connector.invoices;

import org.jspecify.annotations.NullMarked;
