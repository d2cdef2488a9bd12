/**
 * Intuit's OAuth 2.0 authorization-code flow: authorize pages, token and revoke endpoints, client apps, users and grants.
 */
@NullMarked
package com.qbobridge.sandbox.oauth;

import org.jspecify.annotations.NullMarked;
