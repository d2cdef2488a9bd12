/**
 * The Kafka side: the batch listener that drafts every fetched invoice of a poll, publishes the drafts and sets aside,
 * with their fate announced, the invoices that can never be drafted.
 */
@NullMarked
package com.qbobridge.mapping.invoices;

import org.jspecify.annotations.NullMarked;
