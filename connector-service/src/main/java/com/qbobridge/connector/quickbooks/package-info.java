/**
 * The QuickBooks Online Accounting API client: queries, Intuit's error bodies and Resilience4j per realm.
 */
@NullMarked
package com.qbobridge.connector.quickbooks;

import org.jspecify.annotations.NullMarked;
