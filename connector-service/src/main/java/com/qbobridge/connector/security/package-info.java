/**
 * Verification of the service tokens import-service sends.
 */
@NullMarked
package com.qbobridge.connector.security;

import org.jspecify.annotations.NullMarked;
