/**
 * Driving qbo-sandbox from tests: its admin API and its sign-in pages, as a creditor's browser would.
 */
@NullMarked
package com.qbobridge.testsupport.sandbox;

import org.jspecify.annotations.NullMarked;
