/**
 * Intuit's webhook endpoint: signature first, then the notice is stored and answered at once.
 */
@NullMarked
package com.qbobridge.connector.changes.web;

import org.jspecify.annotations.NullMarked;
