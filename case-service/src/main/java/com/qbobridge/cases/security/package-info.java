/**
 * Verifies the service tokens import-service sends and scopes requests to the caller's account.
 */
@NullMarked
package com.qbobridge.cases.security;

import org.jspecify.annotations.NullMarked;
