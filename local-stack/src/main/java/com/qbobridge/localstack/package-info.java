/**
 * The one-command local run: a real Kafka broker, a real PostgreSQL, qbo-sandbox and every service on one machine.
 */
@NullMarked
package com.qbobridge.localstack;

import org.jspecify.annotations.NullMarked;
