/**
 * Publishing to Kafka the way every service does: JSON with the contract settings, keyed by the partition key, the
 * envelope repeated in headers.
 */
@NullMarked
package com.qbobridge.messaging.publishing;

import org.jspecify.annotations.NullMarked;
