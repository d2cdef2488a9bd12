/**
 * The transactional outbox: events written with the data they describe, relayed to Kafka afterwards.
 */
@NullMarked
package com.qbobridge.cases.outbox;

import org.jspecify.annotations.NullMarked;
