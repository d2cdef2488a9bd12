/**
 * Intuit's per-realm limits (requests per minute, concurrent requests) and the usage statistics tests read.
 */
@NullMarked
package com.qbobridge.sandbox.limits;

import org.jspecify.annotations.NullMarked;
