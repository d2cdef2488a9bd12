/**
 * The companies (realms) and their QuickBooks entities, kept in memory as immutable records.
 */
@NullMarked
package com.qbobridge.sandbox.accounting;

import org.jspecify.annotations.NullMarked;
