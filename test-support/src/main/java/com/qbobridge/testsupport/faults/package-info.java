/**
 * Faults a resilience test inflicts on real infrastructure: a Kafka broker as its own process that can be killed and
 * restarted, and a TCP proxy that cuts a service off its database.
 */
@NullMarked
package com.qbobridge.testsupport.faults;

import org.jspecify.annotations.NullMarked;
