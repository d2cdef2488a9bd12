/**
 * The short-lived tokens import-service sends when it calls another service for a user: what they carry and how the
 * called service verifies them, in one place.
 */
@NullMarked
package com.qbobridge.servicetokens;

import org.jspecify.annotations.NullMarked;
