/**
 * The Integrations page and the connections API.
 */
@NullMarked
package com.qbobridge.imports.connections.web;

import org.jspecify.annotations.NullMarked;
