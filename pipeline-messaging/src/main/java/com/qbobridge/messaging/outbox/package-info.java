/**
 * The transactional outbox: events stored with the change that causes them, relayed to Kafka in commit order per key.
 */
@NullMarked
package com.qbobridge.messaging.outbox;

import org.jspecify.annotations.NullMarked;
