/**
 * Measurements run by hand (not by Surefire's default includes), printing figures for the README.
 */
@NullMarked
package com.qbobridge.connector.bench;

import org.jspecify.annotations.NullMarked;
