/**
 * Kafka publishing with the shared envelope headers and dead-lettering of unreadable requests.
 */
@NullMarked
package com.qbobridge.connector.messaging;

import org.jspecify.annotations.NullMarked;
