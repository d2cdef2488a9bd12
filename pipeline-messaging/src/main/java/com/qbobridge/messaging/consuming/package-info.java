/**
 * Consumer wiring: records read into their contract's type, failures classified, dead letters in one format, and
 * idempotent consumption by event id.
 */
@NullMarked
package com.qbobridge.messaging.consuming;

import org.jspecify.annotations.NullMarked;
