/**
 * Event contracts of the mapping topics: plain records shared by every service.
 */
@NullMarked
package com.qbobridge.schemas.mapping;

import org.jspecify.annotations.NullMarked;
