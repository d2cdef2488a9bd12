/**
 * The speed benchmark: starts the product from its jars, drives it through its public API and reports the figures
 * of issue 13 against their goals.
 */
@NullMarked
package com.qbobridge.bench;

import org.jspecify.annotations.NullMarked;
