/**
 * The local Kafka broker (Apache Kafka's own server in a child JVM) and the topics of the catalog.
 */
@NullMarked
package com.qbobridge.localstack.kafka;

import org.jspecify.annotations.NullMarked;
