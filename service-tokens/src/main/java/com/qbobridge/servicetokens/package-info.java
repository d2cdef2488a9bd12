/**
 * The short-lived tokens import-service sends when it calls another service for a user, as a Boot
 * auto-configuration: one set of settings, the minter, the verifier and the 401 answer, in one place.
 */
@NullMarked
package com.qbobridge.servicetokens;

import org.jspecify.annotations.NullMarked;
