/**
 * The connections REST API for import-service, scoped to the calling account.
 */
@NullMarked
package com.qbobridge.connector.connections.web;

import org.jspecify.annotations.NullMarked;
