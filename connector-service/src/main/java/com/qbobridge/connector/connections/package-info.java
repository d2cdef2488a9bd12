/**
 * QuickBooks connections of creditor accounts: their company, status and status events.
 */
@NullMarked
package com.qbobridge.connector.connections;

import org.jspecify.annotations.NullMarked;
