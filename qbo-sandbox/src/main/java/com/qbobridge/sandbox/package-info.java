/**
 * A faithful QuickBooks Online stand-in: OAuth 2.0, the Accounting API, its limits and faults.
 */
@NullMarked
package com.qbobridge.sandbox;

import org.jspecify.annotations.NullMarked;
