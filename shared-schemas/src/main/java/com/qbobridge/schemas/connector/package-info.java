/**
 * Event contracts of the connector topics: plain records shared by every service.
 */
@NullMarked
package com.qbobridge.schemas.connector;

import org.jspecify.annotations.NullMarked;
