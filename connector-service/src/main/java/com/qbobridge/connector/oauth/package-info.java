/**
 * The OAuth 2.0 connect flow with Intuit and the encrypted, automatically refreshed token store.
 */
@NullMarked
package com.qbobridge.connector.oauth;

import org.jspecify.annotations.NullMarked;
