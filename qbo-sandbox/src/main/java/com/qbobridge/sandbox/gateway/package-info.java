/**
 * The gate in front of the Accounting API: access tokens, permissions, limits and injected faults, in Intuit's order.
 */
@NullMarked
package com.qbobridge.sandbox.gateway;

import org.jspecify.annotations.NullMarked;
