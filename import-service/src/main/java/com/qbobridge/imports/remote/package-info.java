/**
 * Calls to connector-service and case-service on a user's behalf, with short-lived service tokens.
 */
@NullMarked
package com.qbobridge.imports.remote;

import org.jspecify.annotations.NullMarked;
