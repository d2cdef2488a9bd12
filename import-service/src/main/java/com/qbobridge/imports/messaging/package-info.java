/**
 * Kafka plumbing: the transactional outbox, idempotent consumption and dead letters.
 */
@NullMarked
package com.qbobridge.imports.messaging;

import org.jspecify.annotations.NullMarked;
