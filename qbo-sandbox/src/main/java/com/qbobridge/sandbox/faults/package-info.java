/**
 * Intuit's error bodies (JSON, lower-case and XML variants) and per-realm fault injection.
 */
@NullMarked
package com.qbobridge.sandbox.faults;

import org.jspecify.annotations.NullMarked;
