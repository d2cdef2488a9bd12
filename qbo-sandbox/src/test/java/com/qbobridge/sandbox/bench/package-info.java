/**
 * Benchmarks that print speed and memory reports; not tests, not run by {@code verify}.
 */
@NullMarked
package com.qbobridge.sandbox.bench;

import org.jspecify.annotations.NullMarked;
