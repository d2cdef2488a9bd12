/**
 * Pieces every feature shares: Intuit's clock and time formats, the intuit_tid header.
 */
@NullMarked
package com.qbobridge.sandbox.common;

import org.jspecify.annotations.NullMarked;
