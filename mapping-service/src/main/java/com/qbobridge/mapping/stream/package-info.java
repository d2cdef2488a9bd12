/**
 * The Kafka side: the Spring Cloud Stream function that reads {@code connector.invoice-fetched} and writes
 * {@code mapping.case-drafted}.
 */
@NullMarked
package com.qbobridge.mapping.stream;

import org.jspecify.annotations.NullMarked;
