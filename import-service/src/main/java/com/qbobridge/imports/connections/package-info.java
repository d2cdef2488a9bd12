/**
 * The creditor's QuickBooks connections as connector-service reports them, and their last known status.
 */
@NullMarked
package com.qbobridge.imports.connections;

import org.jspecify.annotations.NullMarked;
