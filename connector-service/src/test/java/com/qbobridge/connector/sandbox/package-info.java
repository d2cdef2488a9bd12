/**
 * The qbo-sandbox process the integration tests talk to over real HTTP, its admin API and its sign-in pages.
 */
@NullMarked
package com.qbobridge.connector.sandbox;

import org.jspecify.annotations.NullMarked;
