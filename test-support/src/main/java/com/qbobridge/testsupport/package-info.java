/**
 * Real infrastructure for integration tests: a Kafka broker and a PostgreSQL database, from containers when a Docker
 * engine runs, else in the test JVM or on the local server. Never a mock, never skipped.
 */
@NullMarked
package com.qbobridge.testsupport;

import org.jspecify.annotations.NullMarked;
