/**
 * Speed measurements of case-service, run on demand ({@code -Pbench}), never by {@code verify}.
 */
@NullMarked
package com.qbobridge.cases.bench;

import org.jspecify.annotations.NullMarked;
