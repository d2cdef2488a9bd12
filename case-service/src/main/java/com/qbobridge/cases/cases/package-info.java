/**
 * Collection cases: what a case is, how cases are stored and found.
 */
@NullMarked
package com.qbobridge.cases.cases;

import org.jspecify.annotations.NullMarked;
